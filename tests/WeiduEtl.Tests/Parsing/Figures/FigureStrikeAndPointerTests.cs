namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Thirty-second round, from the kinds missed or taken wrongly on other papers' rule-writing sets: 一 + a short span after a
/// span with 之久 or after 整整, and counts that are no new figure: one announcing its items after a colon (：一是…) and one printed
/// again with a word pointing back (此次…的, 均). Made-up lines in the style of an evening paper's feature and a county
/// newsletter, each rule with a line where the same words still count.
/// </summary>
public sealed class FigureStrikeAndPointerTests
{
    [Theory]
    [InlineData("受寒潮影响，工地已停工一周之久。", "一周|-|1|周|exact")]
    [InlineData("为了这场演出，他整整一周没有回家。", "一周|-|1|周|exact")]
    [InlineData("有一天，他突然接到电话。", "")]
    [InlineData("这是极不平凡的一年。", "")]
    public void Extract_OneShortSpan_MeasuresOnlyWithAMarker(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    [InlineData("他对社区提了3条意见：一是增设路灯，二是清理杂物。", "")]
    [InlineData("本次评选设2个奖项：一个是最美家庭，另一个是好邻居。", "")]
    [InlineData("镇上新建了3座桥，一座已通车。", "3座|桥|3|座|exact")]
    [InlineData("全县今年有5个村通过验收。此次通过验收的5个村将获得奖励。", "5个|村|5|个|exact")]
    [InlineData("警方抓获3名嫌疑人。目前，3名嫌疑人均已被刑事拘留。", "3名|嫌疑人|3|名|exact")]
    [InlineData("此次新评的5个示范村将获表彰。", "5个|示范村|5|个|exact")]
    [InlineData("全县去年建成15座桥。此次落成的5座桥均在山区。", "15座|桥|15|座|exact ; 5座|桥|5|座|exact")]
    public void Extract_AnnouncedOrRepeatedCount_IsNoNewFigure(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
