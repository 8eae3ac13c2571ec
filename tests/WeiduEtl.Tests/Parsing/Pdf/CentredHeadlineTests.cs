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
        var grid = ColumnGrid.Find(boxes.Where((_, i) => i != headline), 6);
        var display = new HashSet<int> { headline };
        return ReadingOrder.Sort(CentredHeadlineSpan.Widen(boxes, display, grid, RowGap, 10), RowGap, 6, display);
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
}
