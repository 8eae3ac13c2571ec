namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Twenty-ninth round (issue 19): counts of turns of a thing (件次, 家次, 条次, 项次, 篇次, 例次) are whole units, not 件 with 次 left
/// over; a count filling a bracket after a noun, as prize lists and name lists print it (一等奖（1名）, 入选名镇（4个）：), counts
/// that noun; a village or a town named with a numeral and a measure word of land or rooms (五亩乡, 八所村) and the
/// bodies named after it (五亩法庭) hold no figure. Rows are <c>text|label|value|unit|qualifier</c>.
/// </summary>
public sealed class FigureCourtAndPrizeListTests
{
    [Theory]
    // Court news.
    [InlineData("网上发送缴费通知86件次，电子送达法律文书86件次。", "86件次|网上发送缴费通知|86|件次|exact ; 86件次|电子送达法律文书|86|件次|exact")]
    // A county's safety office and a health page.
    [InlineData("全年开展安全检查860家次，推送预警信息56条次。", "860家次|安全检查|860|家次|exact ; 56条次|推送预警信息|56|条次|exact")]
    [InlineData("医院全年完成手术3200例次。", "3200例次|手术|3200|例次|exact")]
    public void Extract_CountOfTurns_IsOneUnit(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // An evening paper's essay contest and a sports page's awards.
    [InlineData("评选结果：一等奖（1名）、二等奖（3名）、优秀奖（10名）。", "1名|一等奖|1|名|exact ; 3名|二等奖|3|名|exact ; 10名|优秀奖|10|名|exact")]
    [InlineData("本届运动会奖项为团体奖（6个）、个人单项奖（24个）。", "6个|团体奖|6|个|exact ; 24个|个人单项奖|24|个|exact")]
    // A county report's list of model villages.
    [InlineData("附：入选示范村（12个）：东坪村、西河村。", "12个|入选示范村|12|个|exact")]
    public void Extract_CountFillingABracketAfterANoun_CountsThatNoun(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A bracket that holds more than the count, or a count that already has its noun, keeps its own label.
    [InlineData("全县粮食产量（含大豆）达到52万吨。", "52万吨|粮食产量|520000|吨|exact")]
    [InlineData("共表彰先进个人（其中女性15名）。", "15名|女性|15|名|exact")]
    public void Extract_BracketHoldingMoreThanTheCount_LeavesTheLabel(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A county court's tribunal and a village named with a numeral and a measure word of land or rooms.
    [InlineData("五亩法庭下辖五亩、河口、石门三个乡镇，共有自然村86个。", "86个|自然村|86|个|exact")]
    [InlineData("八所村委会主任说，八所村今年种了三百亩西瓜。", "三百亩|西瓜|300|亩|exact")]
    [InlineData("三棵树镇的村民正在收玉米。", "")]
    // The same measure words counting land, beasts and trees, and 所 counting stations and schools.
    [InlineData("他家承包了五亩地。", "五亩|地|5|亩|exact")]
    [InlineData("他家养了五头牛，院里种着三棵树。", "五头|牛|5|头|exact ; 三棵|树|3|棵|exact")]
    [InlineData("全县新建两所派出所、三所村小。", "两所|派出所|2|所|exact ; 三所|村小|3|所|exact")]
    public void Extract_NumeralAndMeasureWordBeforeASettlement_IsItsName(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
