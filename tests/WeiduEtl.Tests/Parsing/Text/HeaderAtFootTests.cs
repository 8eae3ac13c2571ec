using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// Articles that start at the foot of a page with no more than their header and dateline there: their text is on the
/// next page, each in the columns it stood in. Made-up pages in the styles of a sports page of a national daily and
/// a district newsletter.
/// </summary>
public sealed class HeaderAtFootTests
{
    private static PageBlock Placed(string text, double size, int page, double x0, double y0, double x1, double y1) =>
        new(text, page, FontSize: size, Bbox: new BoundingBox(x0, y0, x1, y1));

    [Fact]
    public void Assemble_HeadlinesAndDatelinesAtTheFoot_EachRunsOnInItsOwnColumn()
    {
        var issue = PageAssembler.Assemble(
        [
            Placed("省冬季两项锦标赛开幕", 15, 1, 30, 70, 210, 100),
            Placed("本报哈尔滨1月12日电 （记者王雪松）", 9.5, 1, 50, 40, 210, 52),
            Placed("少年足球联赛收官", 15, 1, 230, 70, 410, 100),
            Placed("本报讯 （记者陈思）", 9.5, 1, 250, 40, 410, 52),
            Placed("11日，省冬季两项锦标赛在亚布力开幕，来自全省的200余名运动员参赛。", 9.5, 2, 30, 1000, 210, 1150),
            Placed("历时两个月的少年足球联赛昨日收官，32支球队参赛。", 9.5, 2, 230, 1050, 410, 1150),
        ]);

        Assert.Equal(2, issue.Articles.Count);
        Assert.StartsWith("11日，省冬季两项锦标赛", issue.Articles[0].Paragraphs.Single(), StringComparison.Ordinal);
        Assert.StartsWith("历时两个月的少年足球联赛", issue.Articles[1].Paragraphs.Single(), StringComparison.Ordinal);
    }
}
