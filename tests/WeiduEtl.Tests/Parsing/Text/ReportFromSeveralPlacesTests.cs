using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// A report gathered from several places under one title (关注地方两会, 各地迎新春): each piece opens with a 小标题 in the
/// text's bold type, a place over a phrase, and its own reporters' line. It is one article, its pieces' heads its
/// subheadings. Made-up pages in the styles of a national daily and a city daily's district page.
/// </summary>
public sealed class ReportFromSeveralPlacesTests
{
    private static PageBlock Display(string text, double size, double y) =>
        new(text, 1, FontSize: size, Bbox: new BoundingBox(230, y, 600, y + size), Hint: BlockHint.Display);

    private static PageBlock Text(string text, double size, double y, double lines = 1) =>
        new(text, 1, FontSize: size, Bbox: new BoundingBox(230, y - 14 * (lines - 1), 410, y + size));

    [Fact]
    public void Assemble_PiecesWithTheirOwnReportersUnderOneTitle_AreOneArticle()
    {
        var issue = PageAssembler.Assemble(
        [
            Display("聚焦各地春运", 21, 900),
            Text("广州", 10.5, 860),
            Text("南站增开夜间高铁", 10.5, 845),
            Text("本报记者 陈明", 9.5, 825),
            Text("为缓解客流高峰，广州南站本周起每晚增开高铁列车12对。", 9.5, 800, 3),
            Text("成都", 10.5, 740),
            Text("机场启用自助行李托运", 10.5, 725),
            Text("本报记者 周琳", 9.5, 705),
            Text("成都天府机场新增自助行李托运设备40台，旅客排队时间明显缩短。", 9.5, 680, 3),
        ]);

        var report = Assert.Single(issue.Articles);
        Assert.Equal("聚焦各地春运", report.Headline);
        Assert.Null(report.Subheadline);
        Assert.Equal(["广州", "南站增开夜间高铁", "成都", "机场启用自助行李托运"], report.Subheadings);
        Assert.Equal(["陈明", "周琳"], report.Contributors.Select(c => c.Name));
        Assert.Equal(2, report.Paragraphs.Count);
    }

    [Fact]
    public void Assemble_DistrictPageRoundUpOfStreets_KeepsEachStreetInTheOneArticle()
    {
        var issue = PageAssembler.Assemble(
        [
            Display("文明创建进行时", 18, 900),
            Text("东大街道", 10.5, 860),
            Text("老旧小区换新颜", 10.5, 845),
            Text("通讯员 李娜", 10, 825),
            Text("今年以来，东大街道完成12个老旧小区外立面改造。", 10, 800, 2),
            Text("西关街道", 10.5, 760),
            Text("志愿服务进楼栋", 10.5, 745),
            Text("通讯员 赵强", 10, 725),
            Text("西关街道组建楼栋志愿服务队56支，常态开展清扫活动。", 10, 700, 2),
        ]);

        var roundUp = Assert.Single(issue.Articles);
        Assert.Equal("文明创建进行时", roundUp.Headline);
        Assert.Equal(4, roundUp.Subheadings.Count);
        Assert.Contains("西关街道组建楼栋志愿服务队56支，常态开展清扫活动。", roundUp.Paragraphs);
    }

    [Fact]
    public void Assemble_PieceHeadedInDisplayType_IsAnArticleOfItsOwn()
    {
        // Guard: a title in display type over its reporters starts an article, though one is open.
        var issue = PageAssembler.Assemble(
        [
            Display("聚焦各地春运", 21, 900),
            Text("本报记者 陈明", 9.5, 870),
            Text("为缓解客流高峰，广州南站本周起每晚增开高铁列车12对。", 9.5, 845, 3),
            Display("机场启用自助行李托运", 15, 760),
            Text("本报记者 周琳", 9.5, 735),
            Text("成都天府机场新增自助行李托运设备40台，旅客排队时间明显缩短。", 9.5, 710, 3),
        ]);

        Assert.Equal(2, issue.Articles.Count);
    }
}
