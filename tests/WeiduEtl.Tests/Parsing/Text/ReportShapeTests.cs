using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// Shapes of a report's header and text that other papers' pages showed: a headline tagged with a long column path,
/// a question headline with its column tag, and two reports filed under one headline. Made-up lines and pages in the
/// styles of a national daily, a provincial daily and a city evening paper.
/// </summary>
public sealed class ReportShapeTests
{
    [Theory]
    [InlineData("老支书的新年愿望（守初心 担使命 找差距 抓落实·深入开展主题教育·身边的榜样故事）")]
    [InlineData("一条街的变迁（庆祝建市七十周年特别报道·城市更新系列·老街新貌之三）")]
    public void HasColumnTag_LongColumnPath_IsATag(string line) => Assert.True(HeadingShapeRule.HasColumnTag(line));

    [Theory]
    [InlineData("网购退货难，问题出在哪？（读者来信）")]
    [InlineData("停车位为何一位难求？（民生调查）")]
    public void IsLoose_QuestionHeadlineWithColumnTag_IsDisplayType(string line) => Assert.True(HeadingShapeRule.IsLoose(line));

    [Fact]
    public void IsLoose_TwoSentencesBeforeABracket_StayProse() =>
        Assert.False(HeadingShapeRule.IsLoose("他来了吗？没有来（笑）"));

    [Fact]
    public void Assemble_HeadlineWithLongColumnPathOverADashLine_StartsAnArticle()
    {
        var issue = TextPage.Assemble(
            "老街新貌",
            "本报记者 周敏",
            "老街改造完工，街坊们又回来摆起了茶摊。",
            "老支书的新年愿望（守初心 担使命 找差距 抓落实·深入开展主题教育·身边的榜样故事）",
            "——记河口村党支部书记陈有田",
            "天还没亮，陈有田已经打着手电在村里转了一圈。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("老支书的新年愿望（守初心 担使命 找差距 抓落实·深入开展主题教育·身边的榜样故事）", issue.Articles[1].Headline);
        Assert.Equal("记河口村党支部书记陈有田", issue.Articles[1].Subheadline);
    }

    [Fact]
    public void Assemble_SecondDatelineUnderOneHeadline_IsTheSameArticle()
    {
        var issue = TextPage.Assemble(
            "多地湖泊开始全面禁捕",
            "本报北京1月1日电  （记者李明）记者从农业农村部获悉：自今日起，重点湖泊全面禁捕。",
            "禁捕期间，将开展增殖放流。",
            "本报南昌1月1日电  （记者王芳）记者从江西省农业农村厅获悉：鄱阳湖今起全面禁捕。",
            "当地已为退捕渔民安排了转产就业。",
            "城区新增三条公交线路",
            "本报讯 （记者 赵强）市交通局消息，城区今起新增三条公交线路。");

        Assert.Equal(2, issue.Articles.Count);
        var first = issue.Articles[0];
        Assert.Equal("本报北京1月1日电", first.Dateline);
        Assert.Equal(["李明", "王芳"], first.Contributors.Select(c => c.Name));
        Assert.Equal("当地已为退捕渔民安排了转产就业。", first.Paragraphs[^1]);
    }

    [Fact]
    public void Assemble_AgencyDatelineAfterAnAgencyReport_StaysInIt()
    {
        var issue = TextPage.Assemble(
            "两地迎来新年首趟国际货运班列",
            "新华社重庆1月1日电  一列满载电子产品的班列今晨从重庆出发，驶向欧洲。",
            "新华社西安1月1日电  同日，一列满载机械设备的班列从西安出发。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal(2, article.Paragraphs.Count);
    }
}
