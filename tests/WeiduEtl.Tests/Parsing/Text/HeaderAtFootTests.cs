using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// Articles that start at the foot of a page with no more than their header and dateline there: their text is on the
/// next page, each in the columns it stood in, even after a credit closes one of them there or a subheading opens one. Made-up pages in the styles of a sports page of a national daily and
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

    [Fact]
    public void Assemble_CreditClosingOneArticleRunningOn_LeavesTheOtherRunningOnInItsColumns()
    {
        var issue = PageAssembler.Assemble(
        [
            Placed("局势缓和仍需各方努力", 15, 1, 30, 300, 410, 330),
            Placed("近期，地区局势出现缓和迹象，多方表示愿意继续对话，", 9.5, 1, 30, 40, 410, 290),
            Placed("渔船在近海沉没8人获救", 15, 1, 430, 300, 810, 330),
            Placed("新华社雅典1月11日电 一艘渔船11日在近海沉没，海岸警卫队已救起8人，", 9.5, 1, 430, 40, 810, 290),
            Placed("但分歧依然存在，停火协议的落实仍面临考验。", 9.5, 2, 30, 1000, 410, 1150),
            Placed("（本报开罗1月12日电）", 9.5, 2, 200, 980, 410, 995),
            Placed("搜救工作仍在进行。", 9.5, 2, 430, 1100, 810, 1150),
        ]);

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("本报开罗1月12日电", issue.Articles[0].Dateline);
        Assert.EndsWith("仍面临考验。", issue.Articles[0].Paragraphs[^1], StringComparison.Ordinal);
        Assert.EndsWith("搜救工作仍在进行。", issue.Articles[1].Paragraphs[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("执法力量如何下沉")]   // a national daily's feature
    [InlineData("三、下一步工作打算")]  // a district newsletter's report
    public void Assemble_SubheadingOpeningTheRightArticlesRunOn_KeepsItInThatArticle(string subheading)
    {
        var issue = PageAssembler.Assemble(
        [
            Placed("市长看望慰问一线环卫工人", 15, 1, 30, 300, 210, 330) with { Hint = BlockHint.Display },
            Placed("本报讯 （记者刘洋）12日，市长来到城区看望慰问一线环卫工人，向他们致以新春的问候，并", 9.5, 1, 30, 40, 210, 290),
            Placed("老街夜市重新开张", 15, 1, 230, 300, 610, 330) with { Hint = BlockHint.Display },
            Placed("沿河老街的夜市停业三年，本月重新开张。", 9.5, 1, 230, 40, 610, 290),
            Placed("叮嘱有关部门做好保障。", 9.5, 2, 30, 1100, 210, 1150),
            Placed(subheading, 9.5, 2, 250, 1130, 390, 1145),
            Placed("摊位由街道统一管理，每晚六时开市。", 9.5, 2, 230, 1000, 610, 1120),
        ]);

        Assert.Equal(2, issue.Articles.Count);
        Assert.EndsWith("做好保障。", issue.Articles[0].Paragraphs[^1], StringComparison.Ordinal);
        Assert.EndsWith("六时开市。", issue.Articles[1].Paragraphs[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("新春走基层", "张伟摄")]                 // a national daily's picture story
    [InlineData("社区志愿者在为老人义诊", "本报记者 王芳 摄")] // a district newsletter's photo
    public void Assemble_PictureAtTheTopOfTheNextPageInOneArticlesColumns_LeavesTheOthersRunningOn(string headline, string credit)
    {
        var issue = PageAssembler.Assemble(
        [
            Placed(headline, 15, 1, 30, 140, 210, 160) with { Hint = BlockHint.Display },
            Placed("1月1日，市民在公园里观看花灯展。", 9.5, 1, 30, 60, 210, 130),
            Placed("全市工业用电量连续三个月回升", 21, 1, 230, 130, 610, 150) with { Hint = BlockHint.Display },
            Placed("本报讯 （记者李强）市供电公司1日发布，去年12月全市工业用电量同比增长6.1%，", 9.5, 1, 230, 40, 610, 120),
            new PageBlock("", 2, Bbox: new BoundingBox(30, 1040, 210, 1160), Hint: BlockHint.PictureGap),
            Placed(credit, 8.5, 2, 120, 1025, 210, 1035) with { Hint = BlockHint.Caption },
            Placed("增速比11月加快1.2个百分点。", 9.5, 2, 230, 1130, 610, 1160),
            Placed("其中，高技术制造业用电增长最快。", 9.5, 2, 230, 1090, 610, 1125),
        ]);

        var power = Assert.Single(issue.Articles, a => a.Headline == "全市工业用电量连续三个月回升");
        Assert.EndsWith("增长最快。", power.Paragraphs[^1], StringComparison.Ordinal);
        Assert.Contains("增长6.1%，增速比11月加快", power.Paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(issue.Articles, a => a.Headline is null);
    }

    [Fact]
    public void Assemble_PictureOfAPictureStoryAtTheFootOnTheNextPage_LeavesTheReportBesideItRunningOn()
    {
        var issue = PageAssembler.Assemble(
        [
            Placed("图片报道", 15, 1, 430, 195, 490, 210) with { Hint = BlockHint.Display },
            Placed("元旦当天，市民在湖边公园参加新年健步走活动，迎接新年的到来。", 9.5, 1, 430, 160, 610, 185),
            Placed("中欧班列今年开行突破千列", 15, 1, 630, 180, 810, 210) with { Hint = BlockHint.Display },
            Placed("本报讯 （记者周南）记者从市口岸办获悉，今年本市中欧班列开行1020列，货值同比", 9.5, 1, 630, 40, 810, 165),
            new PageBlock("", 2, Bbox: new BoundingBox(430, 1040, 610, 1160), Hint: BlockHint.PictureGap),
            Placed("本报记者 孙 敏摄", 8.5, 2, 535, 1025, 610, 1035) with { Hint = BlockHint.Caption },
            Placed("增长35%，回程班列占比过半。", 9.5, 2, 630, 1100, 810, 1160),
        ]);

        var report = Assert.Single(issue.Articles, a => a.Headline == "中欧班列今年开行突破千列");
        Assert.EndsWith("回程班列占比过半。", report.Paragraphs[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(issue.Articles, a => a.Headline is null);
    }
}
