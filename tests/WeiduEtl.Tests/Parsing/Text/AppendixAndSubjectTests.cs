using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// Lines that belong to the article above them on a text page with no letter sizes: an appendix's title over a list,
/// and a section of a report whose headline names its subject before a colon. Made-up pages in the styles of a county
/// paper's news page, a court's news site and a city paper's sports page.
/// </summary>
public sealed class AppendixAndSubjectTests
{
    [Theory]
    [InlineData("附：2023年度优秀志愿者名单")]
    [InlineData("附件2：项目申报汇总表")]
    [InlineData("附表：各乡镇完成情况")]
    public void IsAppendixTitle_AttachedListOrTable_IsAnAppendixTitle(string line) =>
        Assert.True(AppendixLineRule.IsAppendixTitle(line));

    [Theory]
    [InlineData("附近居民有了新去处")]
    [InlineData("附加赛：主队点球惜败")]
    [InlineData("附：")]
    public void IsAppendixTitle_HeadlineOrBareMark_IsNoAppendixTitle(string line) =>
        Assert.False(AppendixLineRule.IsAppendixTitle(line));

    [Fact]
    public void Assemble_AppendixTitleAfterAListInADatedReport_StaysInTheReport()
    {
        var issue = TextPage.Assemble(
            "全县15个村入选省级美丽乡村",
            "本报讯  近日，省农业农村厅公布第三批省级美丽乡村名单，我县15个村榜上有名。",
            "我县上榜名单：城关镇东关村、河口镇新庄村、石门乡柳沟村等。",
            "附：第二批省级美丽乡村我县上榜名单",
            "城关镇西关村、河口镇后湾村、石门乡杏园村。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal(["附：第二批省级美丽乡村我县上榜名单"], article.Subheadings);
    }

    [Fact]
    public void Assemble_LoneLineOverTextGoingOnAboutTheHeadlinesSubject_IsASectionOfTheReport()
    {
        var issue = TextPage.Assemble(
            "青山法庭：把调解室搬到田间地头",
            "法院网讯  青山法庭地处山区，辖区群众居住分散，打官司路远不便。",
            "去年以来，法庭在各村设立巡回调解点14个。",
            "守护春耕，化解土地纠纷",
            "青山法庭针对春耕时节土地流转纠纷多发，组织法官进村入户。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal(["守护春耕，化解土地纠纷"], article.Subheadings);
    }

    [Fact]
    public void Assemble_LoneLineOverTextOnAnotherSubject_StillStartsAnItem()
    {
        var issue = TextPage.Assemble(
            "青山法庭：把调解室搬到田间地头",
            "法院网讯  青山法庭地处山区，辖区群众居住分散，打官司路远不便。",
            "去年以来，法庭在各村设立巡回调解点14个。",
            "县图书馆延长开放时间",
            "即日起，县图书馆周末开放时间延长至晚上九点。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("县图书馆延长开放时间", issue.Articles[1].Headline);
    }
}
