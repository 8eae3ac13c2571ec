namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Figures a reader takes that were missed (sixteenth round): a rate per two things at once (元/月/人), 列 and 趟 after the
/// vehicle they count in a tally (开行货车75列), and 一 with a duration that something fills (一年里，…, 经过一年…, 一天就办好了).
/// Made-up lines in a county bulletin's, a railway page's and a city daily's style, each with a line where nothing is read.
/// </summary>
public sealed class FigureTallyAndSpanTests
{
    [Theory]
    [InlineData("全县护林员补助标准由500元/月/人提高至800元/月/人。", "500元/月/人|护林员补助标准|500|元/月/人|exact ; 800元/月/人|护林员补助标准|800|元/月/人|exact")]
    [InlineData("新建停车场收费标准为5元/小时。", "5元/小时|新建停车场收费标准|5|元/小时|exact")]
    [InlineData("去年，这条铁路累计开行客车320列、货车1200列。", "320列|开行客车|320|列|exact ; 1200列|货车|1200|列|exact")]
    [InlineData("他每周都要跑一趟县城，把鲜菇送到超市。", "")]
    [InlineData("各部门要把此项工作列入年度考核。", "")]
    [InlineData("一年里，服务队走遍了全镇28个村。", "一年|-|1|年|exact ; 28个|村|28|个|exact")]
    [InlineData("经过一年攻坚，全区黑臭水体基本消除。", "一年|-|1|年|exact")]
    [InlineData("没想到营业执照一天就办好了。", "一天|-|1|天|exact")]
    [InlineData("有一天，老李在地里发现了一窝野鸡蛋。", "")]
    [InlineData("在新的一年里，社区将新建两个养老驿站。", "两个|养老驿站|2|个|exact")]
    [InlineData("早高峰时段，这条线路一天就有80个班次。", "80个|班次|80|个|exact")]
    public void Extract_TallyOrSpanLine_ReadsTheFigure(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
