namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Numbers of time and of sittings, decided by how they stand in the sentence: the span up to now (一年来) is a
/// figure, a span set off as the sentence's time (10天之后，) is a point in time, N次 after a 届 numbers a sitting, 轮
/// counts rounds except in names of vehicles, and 四处 before a verb is "everywhere". Made-up lines.
/// </summary>
public sealed class FigureTimeAndSessionTests
{
    [Theory]
    [InlineData("一年来，市场监管部门共办结案件860件。", "一年|-|1|年|exact ; 860件|办结案件|860|件|exact")]
    [InlineData("一年以来，全县新建学校12所。", "一年|-|1|年|exact ; 12所|新建学校|12|所|exact")]
    [InlineData("5天之后，调查组公布了结果。", "")]
    [InlineData("两个月以后，新馆正式开放。", "")]
    [InlineData("3年后，这片荒滩变成了果园。", "")]
    [InlineData("项目预计3个月后完工。", "3个月|-|3|个月|exact")]
    [InlineData("第十三届全国人大二次会议审议通过了该法。", "")]
    [InlineData("市十五届人大四次会议今天开幕。", "")]
    [InlineData("省纪委十一届五次全会要求，今年召开3次专题会议。", "3次|专题会议|3|次|exact")]
    [InlineData("全区开展了三轮专项检查。", "三轮|专项检查|3|轮|exact")]
    [InlineData("他骑着一辆三轮车来到集市。", "")]
    [InlineData("新一轮督查将于下月启动。", "")]
    [InlineData("年轻时他靠着四处打工维持生计。", "")]
    [InlineData("他们四处奔走，筹集资金。", "")]
    [InlineData("景区内有四处温泉。", "四处|温泉|4|处|exact")]
    // A village's numbered group is its name; 18个春秋 is 18 years, as printed.
    [InlineData("他家住在柳树村3组。", "")]
    [InlineData("他在这里守了18个春秋。", "18个春秋|-|18|个春秋|exact")]
    public void Extract_TimeOrSittingLine_KeepsOnlyQuantities(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
