namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Twenty-ninth round (issue 19): local papers' web pages print a space between an Arabic number and its unit (360 多名,
/// 10 亿元) and often one before the number (游客 120 万人次). The figure reads as if no space stood there and its span keeps
/// the space; a space never joins a number to a word that is not its unit (a date, a clock time, a year, a road, a table's
/// or a page's number, a name in a spaced list, a stock's name, a list of numbers). Rows are <c>text|label|value|unit|qualifier</c>.
/// </summary>
public sealed class FigureSpacedUnitTests
{
    [Theory]
    // A county report.
    [InlineData("全镇共有380 多户村民加入合作社。", "380 多户|村民|380|户|over")]
    [InlineData("新建标准厂房1.5 万平方米，引进企业12 家。", "1.5 万平方米|新建标准厂房|15000|平方米|exact ; 12 家|引进企业|12|家|exact")]
    [InlineData("项目总投资约 25 亿元，建成后年产值可达40 亿元以上。", "约 25 亿元|项目总投资|2500000000|元|approx ; 40 亿元以上|年产值|4000000000|元|over")]
    // An evening paper.
    [InlineData("当晚，消防员从水中救出群众7 人，转移物资200 余件。", "7 人|水中救出群众|7|人|exact ; 200 余件|转移物资|200|件|over")]
    // Court news.
    [InlineData("该院今年共受理案件1260 件，结案1185 件，结案率94.05 %。", "1260 件|受理案件|1260|件|exact ; 1185 件|结案|1185|件|exact ; 94.05 %|结案率|94.05|%|exact")]
    // Finance and tourism, with a space on both sides.
    [InlineData("沪市成交额3200 亿元。", "3200 亿元|沪市成交额|320000000000|元|exact")]
    [InlineData("全年接待游客 120 万人次，旅游收入 8.6 亿元。", "120 万人次|游客|1200000|人次|exact ; 8.6 亿元|旅游收入|860000000|元|exact")]
    public void Extract_SpaceBetweenNumberAndUnit_ReadsTheFigureAndKeepsTheSpaceInItsSpan(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    [InlineData("全场比赛他拿下32 分、11 个篮板，球队以 98 比 95 获胜。")]
    [InlineData("两市共有2100 只个股上涨，成交额超过 8000 亿元。")]
    [InlineData("今年全县完成固定资产投资86.5 亿元，同比增长12.3 %。")]
    [InlineData("全乡 3 个村共修建水渠 12.6 公里，惠及农户 460 余户。")]
    public void Extract_SpacedLine_ReadsAsTheSameLineWithoutSpaces(string line)
    {
        var closed = line.Replace(" ", "", StringComparison.Ordinal);
        Assert.Equal(FigureRows.Extract(closed), FigureRows.Extract(line).Select(r => r.Replace(" ", "", StringComparison.Ordinal)));
    }

    [Theory]
    // Dates, clock times and years keep their space and stay no figures.
    [InlineData("记者5 月20 日从市气象局获悉，6 号晚上起将有大到暴雨。")]
    [InlineData("早晨6 点钟，积水已退去。")]
    [InlineData("市里从2015 年起开始评选文明村。")]
    // A rank, a page, a table and a road.
    [InlineData("他在男子组比赛中获得第 3 名。")]
    [InlineData("详见第 3 版。")]
    [InlineData("如表 2 所示，今年的数据有所上升。")]
    [InlineData("沿着107 国道一路向南。")]
    // A stock's code before its name (万 opens the name, no unit follows), names in a spaced list, a list of numbers.
    [InlineData("股票代码000002 万科A今日收涨。")]
    [InlineData("获奖名单：1 张三 2 李四")]
    [InlineData("抽中的号码是3 5 7 9。")]
    public void Extract_SpaceBeforeAWordThatIsNoUnit_JoinsNothing(string line)
    {
        Assert.Empty(FigureRows.Extract(line));
    }

    [Theory]
    // 所 before a verb is the particle after a table's or an article's number, with or without a space.
    [InlineData("如图1所示，曲线在三月达到高点。", "")]
    [InlineData("符合本办法第5条所列情形的，不予受理。", "")]
    [InlineData("全县新建幼儿园3所。", "3所|新建幼儿园|3|所|exact")]
    public void Extract_SuoBeforeAVerb_IsNoSchoolCount(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
