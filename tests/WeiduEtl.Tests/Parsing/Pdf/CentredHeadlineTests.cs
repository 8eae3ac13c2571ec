using WeiduEtl.Parsing.Pdf;

namespace WeiduEtl.Tests.Parsing.Pdf;

/// <summary>
/// A short headline centred over an article of several columns fits inside the middle one; its article's columns
/// are still read after it, not before; two headlines side by side are each read with their own columns. Made-up page: five 120-pt columns with 12-pt gutters, 10 pt body (PDF points, y up).
/// </summary>
public sealed class CentredHeadlineTests
{
    private const double RowGap = 12;
    private static readonly double[] Lefts = [20, 152, 284, 416, 548];

    private static Box Column(int column, double y0, double y1) => new(Lefts[column], y0, Lefts[column] + 120, y1);

    private static List<int> Order(List<Box> boxes, int headline)
    {
        var display = new HashSet<int> { headline };
        return ReadingOrder.Sort(CentredHeadlineSpan.Widen(boxes, display, RowGap, 6, 10), RowGap, 6, display);
    }

    [Fact]
    public void Sort_HeadlineCentredInTheMiddleColumnUnderAnArticleEndingAbove_IsReadBeforeAllItsColumns()
    {
        var boxes = new List<Box>
        {
            Column(0, 640, 800), Column(1, 660, 800),         // the end of the article above, in two columns
            new(314, 600, 374, 620),                         // 在南极迎新年, centred over columns 0–4
            Column(0, 400, 588), Column(1, 400, 588), Column(2, 400, 588), Column(3, 400, 588), Column(4, 400, 588),
        };

        var order = Order(boxes, headline: 2);

        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], order);
    }

    [Fact]
    public void Sort_OneColumnHeadlineWithTextBesideIt_StaysInItsColumn()
    {
        var boxes = new List<Box>
        {
            Column(0, 400, 800), Column(1, 400, 800),         // another article running past the headline
            new(314, 600, 374, 620),
            Column(2, 400, 588), Column(3, 400, 800), Column(4, 400, 800),
        };

        var order = Order(boxes, headline: 2);

        Assert.Equal([0, 1, 2, 3, 4, 5], order);
    }

    [Fact]
    public void Sort_TwoHeadlinesSideBySideUnderTextRunningOnFromAbove_EachIsReadWithItsOwnColumns()
    {
        var boxes = new List<Box>
        {
            Column(0, 760, 800), Column(1, 770, 800),         // the rest of an article from the page before
            new(85, 725, 207, 745),                          // headline over columns 0–1
            new(330, 725, 634, 745),                         // headline over columns 2–4
            Column(0, 400, 712), Column(1, 400, 712), Column(2, 400, 712), Column(3, 400, 712), Column(4, 400, 712),
        };

        var order = ReadingOrder.Sort(boxes, RowGap, 6, new HashSet<int> { 2, 3 });

        Assert.Equal([0, 1, 2, 4, 5, 3, 6, 7, 8], order);
    }

    [Fact]
    public void Sort_BoxHeadlineOnAGridOtherThanTheArticleAbove_IsReadBeforeTheBoxColumns()
    {
        // Above: an article on five 148-pt columns. Below: a two-column story, then a box of three 120-pt columns
        // whose short title 建议 stands over its middle column only; the two grids share no gutters.
        var boxes = new List<Box>
        {
            new(28, 520, 176, 1000), new(188, 520, 336, 1000), new(347, 520, 495, 1000), new(506, 520, 654, 1000), new(666, 520, 814, 1000),
            new(39, 458, 273, 498),                           // the story's headline
            new(28, 250, 150, 447), new(161, 250, 283, 447),
            new(470, 480, 506, 498),                          // 建议, centred over the box
            new(305, 456, 404, 465), new(294, 250, 415, 449), // a letter's own title, then its text
            new(427, 250, 548, 469), new(560, 250, 681, 469),
        };
        var display = new HashSet<int> { 5, 8 };

        var order = ReadingOrder.Sort(CentredHeadlineSpan.Widen(boxes, display, RowGap, 6, 10), RowGap, 6, display);

        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], order);
    }

    [Fact]
    public void Sort_BoxTitleOverColumnsWhoseFirstStartsWithAShortKicker_IsReadBeforeThatColumn()
    {
        // A round-up box of three 121-pt columns under its short title (关注地方两会), beside a story on the left. The
        // box's first column starts with a brief's kicker, title and byline, each narrower than the column.
        var boxes = new List<Box>
        {
            new(39, 575, 273, 615),                           // the story's headline
            new(28, 250, 150, 564), new(161, 250, 283, 564),
            new(434, 597, 542, 615),                          // the box title, centred over 294–681
            new(341, 573, 368, 582),                          // 黑龙江
            new(305, 556, 404, 565),                          // the brief's title
            new(321, 538, 388, 547),                          // its byline
            new(294, 250, 415, 532),
            new(427, 250, 548, 586), new(560, 250, 681, 586),
        };
        var display = new HashSet<int> { 0, 3 };

        var order = ReadingOrder.Sort(CentredHeadlineSpan.Widen(boxes, display, RowGap, 6, 10), RowGap, 6, display);

        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], order);
    }

    [Fact]
    public void Widen_SubheadlineUnderAHeadBesideAnother_IsNotWidenedUnderTheOtherHead()
    {
        // Two heads side by side, each with its subheadline set flush left under it; the right one's subheadline
        // happens to be centred over columns 1–3, but column 1 is headed by the left head right above it.
        var boxes = new List<Box>
        {
            new(20, 760, 272, 780),                           // left headline, columns 0–1
            new(284, 760, 668, 780),                          // right headline, columns 2–4
            new(20, 735, 140, 748),                           // left subheadline
            new(284, 735, 404, 748),                          // right subheadline, centred over columns 1–3 by chance
            Column(0, 400, 722), Column(1, 400, 722), Column(2, 400, 722), Column(3, 400, 722), Column(4, 400, 722),
        };

        var widened = CentredHeadlineSpan.Widen(boxes, new HashSet<int> { 0, 1, 2, 3 }, RowGap, 6, 10);

        Assert.Equal(boxes[3], widened[3]);
    }
}
