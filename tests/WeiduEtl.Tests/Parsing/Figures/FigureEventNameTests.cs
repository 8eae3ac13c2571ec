namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Numbers inside the names of contests, meetings and games are no figures; medals in a tally are (issue 19). Made-up
/// lines in the styles of a sports page, a national daily and a city daily. Rows are <c>text|label|value|unit|qualifier</c>.
/// </summary>
public sealed class FigureEventNameTests
{
    [Theory]
    // A length or head count inside a contest's name: the name runs to a break and ends in a word for a contest.
    [InlineData("男子组设5人龙舟100米直道赛、200米直道赛。")]
    [InlineData("她在女子4×100米接力中发挥出色。")]
    [InlineData("本届比赛新增3人篮球赛和1500米速滑。")]
    [InlineData("他获得男子50公里竞走冠军。")]
    // Ordinals and sessions of meetings and games.
    [InlineData("学习贯彻党的十九届四中全会精神。")]
    [InlineData("第十四届全国冬季运动会在呼伦贝尔开幕。")]
    [InlineData("第二届进博会吸引了众多展商。")]
    // 金, 银 and 铜 outside a medal tally are words of their own.
    [InlineData("这家五金店生意红火。")]
    [InlineData("三银行联合发布报告。")]
    public void Extract_NumberInsideAName_IsNoFigure(string line)
    {
        Assert.Empty(FigureRows.Extract(line));
    }

    [Theory]
    // A figure with a verb after it stays a figure, even when a contest follows.
    [InlineData("吸引了500余名运动员参赛。", "500余名|运动员|500|名|over")]
    [InlineData("赛道全长100米。", "100米|赛道全长|100|米|exact")]
    [InlineData("全市共举办群众比赛120场。", "120场|群众比赛|120|场|exact")]
    public void Extract_FigureBesideAContest_IsKept(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A medal tally counts medals: 金, 银 and 铜 after a number in a run of such counts, or after a verb of winning.
    [InlineData("辽宁队收获4金2银1铜。", "4金|辽宁队收获|4|金|exact ; 2银|辽宁队收获|2|银|exact ; 1铜|辽宁队收获|1|铜|exact")]
    [InlineData("中国队夺得12金。", "12金|中国队夺得|12|金|exact")]
    public void Extract_MedalTally_CountsMedals(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
