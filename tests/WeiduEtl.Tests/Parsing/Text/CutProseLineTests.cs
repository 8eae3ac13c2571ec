using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// A column end cuts a paragraph in two; in a text dump its first piece stands alone and may be short enough to look
/// like a display line. Made-up lines in the styles of a provincial daily's economy page and a city paper's sports page.
/// </summary>
public sealed class CutProseLineTests
{
    [Theory]
    [InlineData("省商务厅负责人在新闻发布会上介绍，全省外贸进出口总额")]
    [InlineData("2023年，市体育局组织200多名志愿者赴各区为")]
    [InlineData("近年来，这家老字号餐馆")]
    [InlineData("本届联赛共有16支队伍报名参加，只有获得前两名的球队")]
    public void ReadsAsProse_PieceOfAParagraph_IsTrue(string line) =>
        Assert.True(ProseLineRule.ReadsAsProse(line));

    [Theory]
    [InlineData("稳外贸，稳外资")]
    [InlineData("城东新区完善便民服务，打通最后一公里")]
    [InlineData("冬训开练，青年队向全运会发起冲刺（体坛快评）")]
    [InlineData("“家门口”的球场，怎么才能不再闲置（来信调查）")]
    [InlineData("外贸企业订单足，港口集装箱吞吐量创新高——")]
    [InlineData("让老街重新热闹起来")]
    public void ReadsAsProse_HeadlineLine_IsFalse(string line) =>
        Assert.False(ProseLineRule.ReadsAsProse(line));

    [Fact]
    public void Assemble_DatedReportWithACutParagraph_StaysOneArticle()
    {
        var issue = TextPage.Assemble(
            "一季度全省外贸开门红",
            "本报讯  （记者 赵宁）一季度，全省外贸进出口总额同比增长12.3%，增速居全国前列。",
            "省商务厅负责人在新闻发布会上介绍，全省外贸进出口总额",
            "中，民营企业占比超过六成，机电产品出口增长尤为明显。",
            "下一步，全省将继续支持企业拓展新兴市场。");

        var article = Assert.Single(issue.Articles);
        Assert.Contains("全省外贸进出口总额中，民营企业占比超过六成", string.Concat(article.Paragraphs), StringComparison.Ordinal);
    }

    [Fact]
    public void Assemble_CutParagraphInAReport_DoesNotHideTheStoryAfterIt()
    {
        // The cut piece is no 小标题, so the lone line after the report still heads a story of its own.
        var issue = TextPage.Assemble(
            "市民健身季启动",
            "本报讯  5月20日，市民健身季在奥体中心启动，全市设分会场32个。",
            "市体育局有关负责人说，今年健身季将持续到十月底，",
            "每个周末都有社区赛事。",
            "2023年，市体育局组织200多名志愿者赴各区为",
            "老年人讲解科学健身知识，受到欢迎。",
            "少年棋手摘金",
            "在日前结束的全省少儿围棋锦标赛上，我市选手获得两枚金牌。",
            "两名小棋手都来自城南小学围棋兴趣班。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("少年棋手摘金", issue.Articles[1].Headline);
        Assert.Contains("为老年人讲解科学健身知识", string.Concat(issue.Articles[0].Paragraphs), StringComparison.Ordinal);
    }
}
