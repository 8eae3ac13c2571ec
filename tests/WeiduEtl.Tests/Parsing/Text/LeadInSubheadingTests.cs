using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// A 小标题 led in by a short tag and a dash (更顺畅—— over its phrase) against a kicker's lead-in, which is a clause.
/// Made-up pages in the styles of a provincial daily's feature page and a city daily's news page.
/// </summary>
public sealed class LeadInSubheadingTests
{
    private static ParsedIssue Assemble(params string[] blocks) => TextPage.Assemble(blocks);

    [Fact]
    public void Assemble_ShortLeadInsOverPhrasesInsideAnArticle_AreItsSubheadings()
    {
        var issue = Assemble(
            "老旧小区改造，改出了什么（民生调查）",
            "核心阅读",
            "今年全省改造老旧小区1200个，惠及居民30万户。",
            "更安全——",
            "燃气管道全部换新",
            "在城东的化肥厂家属院，老化的燃气管道被逐段更换。",
            "更方便——",
            "加装电梯进入快车道",
            "截至11月底，全省已加装电梯860部。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal(["核心阅读", "更安全——", "燃气管道全部换新", "更方便——", "加装电梯进入快车道"], article.Subheadings);
    }

    [Fact]
    public void Assemble_KickerLeadInThatIsAClause_StillStartsAnItem()
    {
        var issue = Assemble(
            "我县首条城乡公交环线开通",
            "本报讯  12月1日，县城至北部六镇的公交环线正式开通，沿线设站42个。",
            "今年以来全县新改建农村公路186公里——",
            "乡村公路通到家门口",
            "东山村村民说，过去下雨天出门一脚泥，如今班车开到了村口。",
            "更平坦——",
            "路面全部硬化");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("乡村公路通到家门口", issue.Articles[1].Headline);
    }

    [Fact]
    public void Assemble_OneShortLeadInWithNoOtherInTheArticle_IsAKickerOverANewItem()
    {
        var issue = Assemble(
            "我县首条城乡公交环线开通",
            "本报讯  12月1日，县城至北部六镇的公交环线正式开通，沿线设站42个。",
            "贵州纳雍——",
            "茶苗管护正当时",
            "冬日里，纳雍县的茶农忙着为茶苗覆膜保温。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("贵州纳雍——", issue.Articles[1].Kicker);
    }

    [Fact]
    public void Assemble_NameAndColonOverATaggedHeadline_IsItsKicker()
    {
        // A series of short profiles in a city daily: each opens with the person's name and a colon over its headline.
        var issue = Assemble(
            "张桂兰：",
            "三十年守护一条河（身边的榜样）",
            "张桂兰是河道保洁员，三十年来每天清晨沿河巡查。",
            "她说，看着河水一年比一年清，心里就踏实。",
            "王建国：",
            "退休不褪色 义务讲党课（身边的榜样）",
            "退休后，王建国在社区义务讲党课120多场。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal(("张桂兰：", "三十年守护一条河（身边的榜样）"), (issue.Articles[0].Kicker, issue.Articles[0].Headline));
        Assert.Equal("她说，看着河水一年比一年清，心里就踏实。", issue.Articles[0].Paragraphs[^1]);
        Assert.Equal("王建国：", issue.Articles[1].Kicker);
    }

    [Fact]
    public void Assemble_ShortLineEndingInAColonOverText_StaysText()
    {
        var issue = Assemble(
            "老旧小区改造提速",
            "本报记者 刘洋",
            "今年全区改造老旧小区42个。改造内容包括：",
            "主要有三项：",
            "外墙保温、管网更新和加装电梯。");

        var article = Assert.Single(issue.Articles);
        Assert.Null(article.Kicker);
        Assert.Contains("主要有三项：", article.Paragraphs);
    }
}
