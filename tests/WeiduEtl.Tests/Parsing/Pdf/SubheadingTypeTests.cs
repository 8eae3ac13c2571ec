using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout;

namespace WeiduEtl.Tests.Parsing.Pdf;

/// <summary>
/// 小标题 set in display type, but well below the article's headline: a bold tag over its phrase, or a lead-in ending
/// in ——, stays a subheading of the article it stands in; a new item's header has a line in headline type. Made-up
/// blocks in the styles of a national daily (9 pt body, 10.5 pt 小标题, 18 pt headlines) and a district newsletter
/// (10 pt body, 12 pt 小标题, 22 pt headlines).
/// </summary>
public sealed class SubheadingTypeTests
{
    private static PageBlock Body(string text, double size = 9) => new(text, 1, FontSize: size);

    private static PageBlock Display(string text, double size) => new(text, 1, FontSize: size, Hint: BlockHint.Display);

    [Fact]
    public void Assemble_TagOverPhraseInBoldTypeUnderANationalDailyHeadline_StaysASubheading()
    {
        var issue = PageAssembler.Assemble(
        [
            Display("山区小学有了新操场", 18),
            Body("本报贵阳1月5日电 （记者 吴岚）新年伊始，黔东南州一批山区小学的新操场投入使用。"),
            Body("过去，孩子们只能在泥地上跑步，一下雨就无法上体育课。"),
            Display("建得好", 10.5),
            Display("一所学校一套设计方案", 10.5),
            Body("县教育局按照每所学校的地形，请设计单位一校一策出图。"),
            Display("用得上", 10.5),
            Display("课后向村民开放", 10.5),
            Body("放学后，操场向附近村民开放，成了村里最热闹的地方。"),
        ]);

        var article = Assert.Single(issue.Articles);
        Assert.Equal(["建得好", "一所学校一套设计方案", "用得上", "课后向村民开放"], article.Subheadings);
        Assert.Contains("村里最热闹", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Assemble_TagOverPhraseUnderADistrictNewsletterHeadline_StaysASubheading()
    {
        var issue = PageAssembler.Assemble(
        [
            Display("老旧小区改造跑出加速度", 22),
            Body("今年以来，区住建局把老旧小区改造作为民生实事来抓，已完工小区二十个。", 10),
            Display("抓统筹", 12),
            Display("一张清单管到底", 12),
            Body("改造前，街道逐户征求意见，把加装电梯、管网更新等需求列成清单。", 10),
        ]);

        var article = Assert.Single(issue.Articles);
        Assert.Equal(["抓统筹", "一张清单管到底"], article.Subheadings);
    }

    [Fact]
    public void Assemble_LeadInSubheadingOverAShortQuotedLine_StaysInTheArticle()
    {
        var issue = PageAssembler.Assemble(
        [
            Display("基层减负年见成效", 18),
            Body("本报北京1月8日电 （记者 周明）一年来，各地精简文件会议，为基层干部松绑。"),
            Display("乡镇干部——", 10.5),
            Body("“开会少了，下村的时间多了”"),
            Body("某县去年发文数量同比下降三成，会议数量下降四成，干部们有了更多时间走村入户。"),
        ]);

        var article = Assert.Single(issue.Articles);
        Assert.Contains("乡镇干部——", article.Subheadings);
        Assert.Contains("下降四成", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Assemble_TagPhraseAndLeadInSetAsSubheadings_StayInTheArticle()
    {
        var issue = PageAssembler.Assemble(
        [
            Display("老旧小区改造跑出加速度", 22),
            Body("今年以来，区住建局把老旧小区改造作为民生实事来抓，已完工小区二十个。", 10),
            Display("抓统筹", 12),
            Display("一张清单管到底", 12),
            Display("改造前后，居民这样说——", 12),
            Body("改造前，街道逐户征求意见，把加装电梯、管网更新等需求列成清单。", 10),
        ]);

        var article = Assert.Single(issue.Articles);
        Assert.Equal("老旧小区改造跑出加速度", article.Headline);
        Assert.Contains("逐户征求意见", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Assemble_KickerOverHeadlineInHeadlineType_StartsTheNextArticle()
    {
        var issue = PageAssembler.Assemble(
        [
            Display("山区小学有了新操场", 18),
            Body("本报贵阳1月5日电 （记者 吴岚）新年伊始，黔东南州一批山区小学的新操场投入使用。"),
            Display("返乡青年办起合作社", 10.5),
            Display("一村一品卖上好价钱", 13.5),
            Body("去年，村里的高山茶通过合作社销往全国，户均增收三千元。"),
        ]);

        Assert.Equal(["山区小学有了新操场", "一村一品卖上好价钱"], issue.Articles.Select(a => a.Headline));
        Assert.Equal("返乡青年办起合作社", issue.Articles[1].Kicker);
    }

    [Fact]
    public void Assemble_SmallTwoLineRunWithAColumnTag_StartsTheNextArticle()
    {
        var issue = PageAssembler.Assemble(
        [
            Display("山区小学有了新操场", 18),
            Body("本报贵阳1月5日电 （记者 吴岚）新年伊始，黔东南州一批山区小学的新操场投入使用。"),
            Display("一家老厂的转型路", 10.5),
            Display("技改添动力（企业观察）", 10.5),
            Body("这家始建于上世纪五十年代的机床厂，三年里完成了全部产线的数控化改造。"),
        ]);

        Assert.Equal(2, issue.Articles.Count);
        Assert.Contains("技改添动力", issue.Articles[1].Headline, StringComparison.Ordinal);
    }

    [Fact]
    public void Assemble_BoldTagOverItsPhraseInBodyType_BothStaySubheadings()
    {
        var issue = PageAssembler.Assemble(
        [
            Display("一家老厂的转型路", 18),
            Body("这家始建于上世纪五十年代的机床厂，三年里完成了全部产线的数控化改造。"),
            Display("技改有门道", 10.5),
            Body("“老师傅的经验，变成了机床里的程序”"),
            Body("车间主任李伟说，改造先从最难的一道工序开始。"),
            Display("人才留得住", 10.5),
            Body("“年轻人愿意来，也愿意留下来”"),
            Body("厂里为青年技工建了公寓，收入与技能等级挂钩。"),
        ]);

        var article = Assert.Single(issue.Articles);
        Assert.Equal(["技改有门道", "“老师傅的经验，变成了机床里的程序”", "人才留得住", "“年轻人愿意来，也愿意留下来”"], article.Subheadings);
    }

    [Fact]
    public void Assemble_NewsletterTagOverAPlainPhraseInBodyType_StaysInTheArticle()
    {
        var issue = PageAssembler.Assemble(
        [
            Display("网格员的一天", 22),
            Body("早上七点半，社区网格员王芳已经走进了负责的楼院。", 10),
            Display("清晨", 12),
            Body("巡楼院 记民情", 10),
            Body("她把居民反映的问题一条条记在本子上，当天能办的当天办。", 10),
        ]);

        var article = Assert.Single(issue.Articles);
        Assert.Equal(["清晨", "巡楼院 记民情"], article.Subheadings);
    }

    [Fact]
    public void Assemble_LongDisplayTitleOverABodyTypeLine_StartsTheNextArticle()
    {
        // A one-column story's title is longer than a tag: the line under it is its text, in whatever shape.
        var issue = PageAssembler.Assemble(
        [
            Display("一家老厂的转型路", 18),
            Body("这家始建于上世纪五十年代的机床厂，三年里完成了全部产线的数控化改造。"),
            Display("第三届市民文化节开幕", 10.5),
            Body("“欢迎大家来看戏”"),
            Body("1月5日，第三届市民文化节在市文化馆开幕，二十个节目轮番上演。"),
        ]);

        Assert.Equal(2, issue.Articles.Count);
    }
}
