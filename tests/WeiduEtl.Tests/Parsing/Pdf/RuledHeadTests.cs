using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout;
using WeiduEtl.Parsing.Pdf;

namespace WeiduEtl.Tests.Parsing.Pdf;

/// <summary>
/// A story's head set flush left under the rule that rules the story off spans the rule's columns: for the reading
/// order, for the article's box, and so for which article text at the top of the next page continues. A title right
/// under its rule over a short text closed by a picture credit heads a picture story, even in type no larger than a
/// 小标题; on a page whose stories stand under rules, a line in display type below headline size under no rule stays in
/// the open article. Made-up pages: four 180-pt columns with 17-pt gutters (a national daily's B layout, 9.5 pt body) and a
/// district newsletter's three columns (10.5 pt body, 15 pt titles over one-column stories), PDF points, y up.
/// </summary>
public sealed class RuledHeadTests
{
    private const double RowGap = 11.4;
    private const double Gutter = 5.7;
    private static readonly double[] Lefts = [34, 231, 429, 627];

    private static Box Column(int column, double y0, double y1) => new(Lefts[column], y0, Lefts[column] + 180, y1);

    private static readonly HashSet<int> NoHeadlineType = [];

    private static HorizontalRule RuleOver(int first, int last, double y) => new(Lefts[first], Lefts[last] + 180, y);

    [Fact]
    public void Widen_HeadlineFlushLeftUnderARuleOverTwoColumns_SpansBothColumns()
    {
        var boxes = new List<Box>
        {
            Column(2, 130, 500), Column(3, 300, 500),        // two stories above, in columns 2 and 3
            new(429, 70, 597, 98),                           // 藏族姑娘索朗曲珍, at the page's foot
        };

        var heads = RuledHeadSpan.Widen(boxes, new HashSet<int> { 2 }, NoHeadlineType, [RuleOver(2, 3, 108)], RowGap, Gutter);

        Assert.True(heads.Boxes[2].X1 > Lefts[3], "the head reaches the story's second column");
        Assert.Contains(2, heads.UnderRule);
    }

    [Fact]
    public void Widen_KickerOverHeadlineUnderTheRule_BothSpanTheRule()
    {
        var boxes = new List<Box>
        {
            new(34, 960, 200, 975),                          // kicker
            new(34, 930, 300, 955),                          // headline
            Column(0, 600, 920), Column(1, 600, 920),
        };

        var heads = RuledHeadSpan.Widen(boxes, new HashSet<int> { 0, 1 }, NoHeadlineType, [RuleOver(0, 1, 982)], RowGap, Gutter);

        Assert.True(heads.Boxes[0].X1 > Lefts[1] && heads.Boxes[1].X1 > Lefts[1]);
        Assert.Equal([0], heads.UnderRule);
    }

    [Fact]
    public void Widen_KickerInBodyTypeOverTheHeadline_OpensTheHead()
    {
        // A national daily's lead-in in 10.5 pt under the rule, over its 24 pt headline, at the foot of another story's
        // text: without the rule it reads as that story's last line.
        var boxes = new List<Box>
        {
            Column(0, 780, 1000), Column(1, 780, 1000),      // the story above
            new(34, 749, 310, 759.5),                        // 中科院…青年研究员团队——
            new(34, 714, 400, 738),                          // the headline
            Column(0, 450, 700), Column(1, 450, 700),
        };

        var heads = RuledHeadSpan.Widen(boxes, new HashSet<int> { 3 }, NoHeadlineType, [RuleOver(0, 1, 769.6)], RowGap, Gutter);

        Assert.Equal([2], heads.Kickers);
        Assert.Equal([2], heads.UnderRule);
        Assert.True(heads.Boxes[2].X1 > Lefts[1], "the kicker spans the story's columns with its headline");
    }

    [Fact]
    public void Widen_OneColumnTitleUnderItsRuleWithATagLineOverIt_TakesTheTagLineAsKicker()
    {
        // A district newsletter: three 240-pt columns; a 10.5 pt tag line (身边榜样) over a 15 pt one-column title.
        var boxes = new List<Box> { new(30, 700, 100, 711), new(30, 676, 200, 692), new(30, 400, 270, 668) };

        var heads = RuledHeadSpan.Widen(boxes, new HashSet<int> { 1 }, NoHeadlineType, [new HorizontalRule(30, 270, 718)], 12.6, 6.3);

        Assert.Equal([0], heads.Kickers);
    }

    [Fact]
    public void Widen_SmallLineBesideTheHeadlineNotOverIt_IsNoKicker()
    {
        // Under one rule, a short dateline-like line at the right end and the headline at the left: the small line
        // stands beside the head, not over it.
        var boxes = new List<Box> { new(500, 955, 597, 966), new(34, 925, 300, 950), Column(0, 600, 915), Column(2, 600, 915) };

        var heads = RuledHeadSpan.Widen(boxes, new HashSet<int> { 1 }, NoHeadlineType, [RuleOver(0, 2, 975)], RowGap, Gutter);

        Assert.Empty(heads.Kickers);
    }

    [Fact]
    public void Widen_CentredHeadlineWithARuleUnderItsHead_IsRuledOffNotFramed()
    {
        // A national daily that rules each story off above and sets a thin rule under its head: the 21-pt headline,
        // centred over three columns, stands between two rules, but in headline type it is no framed 小标题.
        var boxes = new List<Box> { new(150, 930, 500, 955), Column(0, 600, 915), Column(1, 600, 915), Column(2, 600, 915) };
        var rules = new[] { RuleOver(0, 2, 968), RuleOver(0, 2, 922) };

        var heads = RuledHeadSpan.Widen(boxes, new HashSet<int> { 0 }, new HashSet<int> { 0 }, rules, RowGap, Gutter);

        Assert.Contains(0, heads.UnderRule);
        Assert.True(heads.Boxes[0].X0 < Lefts[1] && heads.Boxes[0].X1 > Lefts[2], "the head spans the story's three columns");
    }

    [Fact]
    public void Widen_KickerAndHeadlineOverAThinRule_InADistrictPage_AreRuledOff()
    {
        // A district newsletter's one-column story: kicker in body type, 15-pt title, a thin rule under the head.
        var boxes = new List<Box> { new(40, 985, 150, 996), new(40, 960, 200, 978), Column(0, 700, 950) };
        var rules = new[] { RuleOver(0, 0, 1002), RuleOver(0, 0, 956) };

        var heads = RuledHeadSpan.Widen(boxes, new HashSet<int> { 1 }, new HashSet<int> { 1 }, rules, RowGap, Gutter);

        Assert.Contains(0, heads.UnderRule);
        Assert.Contains(0, heads.Kickers);
    }

    [Fact]
    public void Widen_SubheadingFramedByRulesAboveAndBelow_IsLeftAsItIs()
    {
        // A 小标题 centred between two rules the width of its column, inside an article's body.
        var boxes = new List<Box> { Column(0, 800, 900), new(70, 770, 160, 784), Column(0, 600, 760) };
        var rules = new[] { new HorizontalRule(34, 214, 790), new HorizontalRule(34, 214, 766) };

        var heads = RuledHeadSpan.Widen(boxes, new HashSet<int> { 1 }, NoHeadlineType, rules, RowGap, Gutter);

        Assert.Equal(boxes[1], heads.Boxes[1]);
        Assert.Empty(heads.UnderRule);
    }

    [Fact]
    public void Widen_TwoHeadsSideBySideUnderOneRule_TheLowerIsNotTakenIntoTheOthersHead()
    {
        // Under one rule over all four columns: a kicker over columns 0–1, and, lower, another story's headline in
        // column 2: not a line of the first head, so not widened over the first story's columns.
        var boxes = new List<Box> { new(34, 945, 150, 960), new(429, 915, 560, 940), Column(0, 600, 905), Column(2, 600, 905) };

        var heads = RuledHeadSpan.Widen(boxes, new HashSet<int> { 0, 1 }, NoHeadlineType, [RuleOver(0, 3, 970)], RowGap, Gutter);

        Assert.Equal(boxes[1], heads.Boxes[1]);
    }

    [Fact]
    public void Sort_RuleRunningOnPastItsStorysText_LeavesTheGutterToTheNextColumn()
    {
        // The rule over a three-column story runs 11 pt past its text into the gutter; the picture column beside it
        // starts 4 pt after the rule ends. Widened to the rule's very end, the head would close that gutter.
        var boxes = new List<Box>
        {
            new(34, 600, 300, 620),                          // the story's headline
            Column(0, 300, 590), Column(1, 300, 590), new(429, 300, 590, 590),
            new(605, 598, 700, 612),                         // 图片新闻, the picture column's label
            new(605, 300, 780, 590),
        };
        var display = new HashSet<int> { 0, 4 };

        var heads = RuledHeadSpan.Widen(boxes, display, NoHeadlineType, [new HorizontalRule(34, 601, 632)], RowGap, Gutter);
        var order = ReadingOrder.Sort(heads.Boxes, RowGap, Gutter, display);

        Assert.True(heads.Boxes[0].X1 > 429);
        Assert.Equal([0, 1, 2, 3, 4, 5], order);
    }

    [Fact]
    public void Assemble_TitleUnderItsRuleOverAPictureAndCredit_HeadsAPictureStory()
    {
        var issue = PageAssembler.Assemble(
        [
            Display("县城老街焕新颜", 24),
            Body("本报讯 （记者 孙悦）老街改造历时一年，近日全线开街，沿街商铺陆续开门迎客。"),
            Body("改造保留了青石板路和骑楼，新增停车位两百余个。"),
            Display("腊味飘香", 15) with { UnderRule = true },
            Body("1月10日，城关镇农贸市场里，摊主正在晾晒腊肉。"),
            new PageBlock("", 1, Hint: BlockHint.PictureGap),
            new PageBlock("李强摄", 1, FontSize: 8.5, Hint: BlockHint.Caption),
        ]);

        Assert.Equal(["县城老街焕新颜", "腊味飘香"], issue.Articles.Select(a => a.Headline));
        Assert.Empty(issue.Articles[0].Subheadings);
    }

    [Fact]
    public void Assemble_SameTitleNotUnderARule_StaysTheArticlesSubheading()
    {
        var issue = PageAssembler.Assemble(
        [
            Display("县城老街焕新颜", 24),
            Body("本报讯 （记者 孙悦）老街改造历时一年，近日全线开街，沿街商铺陆续开门迎客。"),
            Body("改造保留了青石板路和骑楼，新增停车位两百余个。"),
            Display("腊味飘香", 15),
            Body("1月10日，城关镇农贸市场里，摊主正在晾晒腊肉。"),
            new PageBlock("", 1, Hint: BlockHint.PictureGap),
            new PageBlock("李强摄", 1, FontSize: 8.5, Hint: BlockHint.Caption),
        ]);

        var article = Assert.Single(issue.Articles);
        Assert.Equal(["腊味飘香"], article.Subheadings);
    }

    [Fact]
    public void Assemble_DisplayLineUnderNoRuleOnAPageThatRulesOffItsStories_StaysInTheOpenArticle()
    {
        // A 14 pt line under a one-column story's 15 pt headline would read as the next headline; on a page whose
        // stories each stand under their rule, a story of its own would have one.
        var issue = PageAssembler.Assemble(RuledPage(subheadingUnderRule: false));

        Assert.Equal(["社区食堂开到家门口", "雪后道路有序通行"], issue.Articles.Select(a => a.Headline));
        Assert.Equal(["助餐点再添两处"], issue.Articles[0].Subheadings);
    }

    [Fact]
    public void Assemble_SameLineUnderItsOwnRule_HeadsAStory()
    {
        var issue = PageAssembler.Assemble(RuledPage(subheadingUnderRule: true));

        Assert.Equal(["社区食堂开到家门口", "助餐点再添两处", "雪后道路有序通行"], issue.Articles.Select(a => a.Headline));
    }

    [Fact]
    public void Assemble_KickerAndTitleInSubheadingTypeUnderTheirRule_HeadAStory()
    {
        // A picture story at a page's foot whose picture and credit went over to the next page: its 12 pt title under
        // a 15 pt headline's article would be a 小标题 by size alone.
        var issue = PageAssembler.Assemble(
        [
            Display("社区食堂开到家门口", 15) with { UnderRule = true },
            Body("本报讯 （记者 王芳）东关街道首家社区食堂日前开业，六十岁以上老人就餐可享八折优惠。"),
            new PageBlock("城关镇——", 1, FontSize: 11),         // a kicker in about the text's size, over the title
            Display("年货市场人气旺", 12) with { UnderRule = true },
            Body("临近春节，城关镇年货市场里人头攒动，对联、灯笼摆满摊位。"),
            Display("雪后道路有序通行", 15) with { UnderRule = true },
            Body("本报讯 （通讯员 刘洋）连日降雪后，区城管局组织人员连夜清扫主次干道，道路已恢复通行。"),
        ]);

        Assert.Equal(["社区食堂开到家门口", "年货市场人气旺", "雪后道路有序通行"], issue.Articles.Select(a => a.Headline));
        Assert.Equal("城关镇——", issue.Articles[1].Kicker);
    }

    [Fact]
    public void Assemble_TwoHeadsUnderTheirRulesSideBySideAtAPagesFoot_StartTwoStories()
    {
        // Read one after the other with nothing between, each under its own rule; their text is on the next page.
        var issue = PageAssembler.Assemble(
        [
            Display("社区食堂开到家门口", 15) with { UnderRule = true },
            Body("本报讯 （记者 王芳）东关街道首家社区食堂日前开业，六十岁以上老人就餐可享八折优惠。"),
            Display("河道清淤（曝光）", 15) with { UnderRule = true },
            Display("读者来信", 15) with { UnderRule = true },
            Body("近日，有读者反映，城南一段河道淤泥堆积，散发异味。"),
        ]);

        Assert.Equal(["社区食堂开到家门口", "河道清淤（曝光）", "读者来信"], issue.Articles.Select(a => a.Headline));
    }

    private static List<PageBlock> RuledPage(bool subheadingUnderRule) =>
    [
        Display("社区食堂开到家门口", 15) with { UnderRule = true },
        Body("本报讯 （记者 王芳）东关街道首家社区食堂日前开业，六十岁以上老人就餐可享八折优惠。"),
        Display("助餐点再添两处", 14) with { UnderRule = subheadingUnderRule },
        Body("街道还将在两个老旧小区设助餐点，由食堂统一配送，年底前投入使用。"),
        Display("雪后道路有序通行", 15) with { UnderRule = true },
        Body("本报讯 （通讯员 刘洋）连日降雪后，区城管局组织人员连夜清扫主次干道，道路已恢复通行。"),
    ];

    private static PageBlock Body(string text) => new(text, 1, FontSize: 10.5);

    private static PageBlock Display(string text, double size) => new(text, 1, FontSize: size, Hint: BlockHint.Display);
}
