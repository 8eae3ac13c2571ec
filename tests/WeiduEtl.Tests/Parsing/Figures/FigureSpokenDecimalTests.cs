namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Sports results and heights written with the decimals after the unit (9秒97, 1米8): one figure whose value holds them.
/// Made-up lines in a national daily's and a district page's style; digits that a unit follows stay a count.
/// </summary>
public sealed class FigureSpokenDecimalTests
{
    [Theory]
    [InlineData("他在男子100米决赛中跑出9秒97，获得第四名。", "100米|男子|100|米|exact ; 9秒97|决赛中跑出|9.97|秒|exact")]
    [InlineData("他身高1米8，是社区篮球队的中锋。", "1米8|他身高|1.8|米|exact")]
    [InlineData("她以2米05的成绩获得跳高冠军。", "2米05|成绩|2.05|米|exact")]
    [InlineData("魏都区100米8名选手全部进入复赛。", "100米|魏都区|100|米|exact ; 8名|选手|8|名|exact")]
    public void Extract_DecimalsAfterUnit_ReadAsOneValue(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
