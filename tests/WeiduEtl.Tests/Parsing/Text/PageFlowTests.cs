using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// A document of several pages (a district newsletter's PDF, a page too long for one sheet) flows on: text at the top
/// of a page before any headline is the rest of an article the page before left open. Made-up pages in the styles of a
/// district newsletter and a city daily.
/// </summary>
public sealed class PageFlowTests
{
    private static PageBlock Line(string text, double size, int page) => new(text, page, FontSize: size);

    [Fact]
    public void Assemble_TextAtTheTopOfTheNextPage_ContinuesTheArticleLeftOpen()
    {
        var issue = PageAssembler.Assemble(
        [
            Line("街道召开老旧小区改造推进会", 18, 1),
            Line("本报讯 12月3日，东大街道召开老旧小区改造推进会，部署今冬明春改造任务。", 10, 1),
            Line("会议要求，各社区要逐楼逐户征求意见，把居民最关心的问题列在前头。", 10, 2),
            Line("会上，5个社区分别汇报了改造进度。", 10, 2),
        ]);

        var article = Assert.Single(issue.Articles);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Equal(1, article.Page);
    }

    [Fact]
    public void Assemble_ArticleCutMidSentence_IsTheOneContinuedNotTheBoxAfterIt()
    {
        var issue = PageAssembler.Assemble(
        [
            Line("城市书房延长开放时间", 18, 1),
            Line("本报讯 从本月起，全市28家城市书房开放时间延长至晚上10点，方便", 10, 1),
            Line("简讯", 12, 1),
            Line("■ 市图书馆新增少儿绘本3000册。", 10, 1),
            Line("上班族下班后阅读。", 10, 2),
            Line("据统计，城市书房全年接待读者超过120万人次。", 10, 2),
        ]);

        var article = issue.Articles[0];
        Assert.Equal("城市书房延长开放时间", article.Headline);
        Assert.EndsWith("方便上班族下班后阅读。", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal(ArticleKind.Brief, issue.Articles[1].Kind);
        Assert.Single(issue.Articles[1].Paragraphs);
    }

    [Fact]
    public void Assemble_ArticleClosedByItsCredit_IsNotContinuedByTheNextPage()
    {
        var issue = PageAssembler.Assemble(
        [
            Line("街道召开老旧小区改造推进会", 18, 1),
            Line("本报讯 12月3日，东大街道召开老旧小区改造推进会。", 10, 1),
            Line("（记者 何平）", 10, 1),
            Line("会上，5个社区分别汇报了改造进度。", 10, 2),
        ]);

        var article = Assert.Single(issue.Articles);
        Assert.Single(article.Paragraphs);
        Assert.Contains("会上，5个社区分别汇报了改造进度。", issue.UnplacedLines);
    }

    [Fact]
    public void Assemble_JumpLineAtThePageTop_SaysTheTextCameFromElsewhere()
    {
        var issue = PageAssembler.Assemble(
        [
            Line("街道召开老旧小区改造推进会", 18, 1),
            Line("本报讯 12月3日，东大街道召开老旧小区改造推进会。", 10, 1),
            Line("（上接第一版）会议要求，各社区要逐楼逐户征求意见。", 10, 2),
        ]);

        var article = Assert.Single(issue.Articles);
        Assert.Single(article.Paragraphs);
    }
}
