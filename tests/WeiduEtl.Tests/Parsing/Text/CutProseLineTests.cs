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
    [InlineData("主教练赛后表示，球队在防守端")]
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

    [Fact]
    public void Assemble_PictureStoryWhoseFirstParagraphIsCut_IsAStoryOfItsOwn()
    {
        // The first piece stands under the title like a second display line; a line that long and loose is text.
        var issue = TextPage.Assemble(
            "老城区改造完成首批签约",
            "本报讯  （记者 孙悦）城南片区改造首批412户居民已全部签约。",
            "签约工作从10月启动，历时两个月。",
            "雪中送暖",
            "12月10日清晨，城东热力公司抢修队员冒雪检修管网",
            "，保障居民家中供暖温度达标，直到中午才完成全部检修任务。",
            "图为抢修队员在检修管道。",
            TextPage.Picture,
            "本报记者  刘洋摄");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("雪中送暖", issue.Articles[1].Headline);
        Assert.Equal("picture-story-title", issue.Articles[1].StartedBy);
    }

    [Fact]
    public void Assemble_ReportedSpeechCutByAColumnEnd_DoesNotMakeTheReportSectioned()
    {
        // 主教练赛后表示，… is a piece of text, not a 小标题: the lone line after the dated report still heads a story.
        var issue = TextPage.Assemble(
            "市青年队客场取胜",
            "本报讯  12月3日晚，市青年队在客场以2比1战胜省会队，取得三连胜。",
            "主教练赛后表示，球队在防守端",
            "做得更好，下一场将继续轮换。",
            "冬泳爱好者迎来新赛季",
            "入冬以来，每天清晨都有上百名冬泳爱好者来到湖边锻炼。",
            "冬泳协会提醒，下水前要做好热身。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("冬泳爱好者迎来新赛季", issue.Articles[1].Headline);
    }
}
