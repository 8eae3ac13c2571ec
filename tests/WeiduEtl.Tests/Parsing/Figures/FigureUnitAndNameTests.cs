namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Compound units, numbers glued to Latin letters, verbs of crossing and reaching, and numbers that are never figures
/// (issue 19), one made-up line each in the styles of a national daily and of a city or district paper.
/// </summary>
public sealed class FigureUnitAndNameTests
{
    [Theory]
    // Decimals printed after 秒 or 米 (sports results, heights) belong to the value; digits a unit follows are a count.
    [InlineData("他在男子100米决赛中跑出9秒97，获得第四名。", "9秒97|-|9.97|秒|exact")]
    [InlineData("他身高1米8，是社区篮球队的中锋。", "1米8|他身高|1.8|米|exact")]
    [InlineData("她以2米05的成绩获得跳高冠军。", "2米05|成绩|2.05|米|exact")]
    [InlineData("魏都区100米8名选手全部进入复赛。", "100米|魏都区|100|米|exact ; 8名|选手|8|名|exact")]
    // Compound units and magnitudes before a unit.
    [InlineData("全市PM2.5平均浓度为26微克/立方米。", "26微克/立方米|PM2.5平均浓度|26|微克/立方米|exact")]
    [InlineData("小麦最低收购价2400元/吨左右", "2400元/吨左右|小麦最低收购价|2400|元/吨|approx")]
    [InlineData("地铁日均客流8万人次/日", "8万人次/日|地铁日均客流|80000|人次/日|exact")]
    [InlineData("城镇人均住房面积42平方米/人", "42平方米/人|城镇人均住房面积|42|平方米/人|exact")]
    [InlineData("全年发电量320亿千瓦时", "320亿千瓦时|发电量|32000000000|千瓦时|exact")]
    [InlineData("风电装机容量达120万千瓦", "120万千瓦|风电装机容量|1200000|千瓦|exact")]
    [InlineData("水库年供水量3.2亿立方米", "3.2亿立方米|水库年供水量|320000000|立方米|exact")]
    [InlineData("港口集装箱吞吐量1200万TEU", "1200万TEU|港口集装箱吞吐量|12000000|TEU|exact")]
    [InlineData("计划总额达1500亿澳元", "1500亿澳元|计划总额|150000000000|澳元|exact")]
    // 门 and 城 after Arabic digits count (names are written in Chinese numerals); 城 starting a word does not.
    [InlineData("录取成绩由3门统一考试成绩组成。", "3门|统一考试成绩|3|门|exact")]
    [InlineData("刷码乘车已覆盖45城公交。", "45城|公交|45|城|exact")]
    [InlineData("三门峡市召开会议。", "")]
    [InlineData("全省5城市联动开展检查。", "")]
    // Numbers glued to Latin letters: an abbreviation before an amount labels it; codes and names are never figures.
    [InlineData("全县实现GDP12.13亿元", "12.13亿元|GDP|1213000000|元|exact")]
    [InlineData("CPI上涨2.5%", "2.5%|CPI上涨|2.5|%|exact")]
    [InlineData("新建5G基站1200个", "1200个|新建5G基站|1200|个|exact")]
    [InlineData("PM2.5年均浓度下降", "")]
    [InlineData("COVID-19疫情", "")]
    [InlineData("H7N9流感", "")]
    [InlineData("开通5G网络", "")]
    // Verbs of crossing and reaching: 突破, 超过, 超, 逾 over; 近 approx; 达, 达到, 高达 exact (a link, not in the span).
    [InlineData("网上销售额突破2亿元", "突破2亿元|网上销售额|200000000|元|over")]
    [InlineData("参赛选手超过3000人", "超过3000人|参赛选手|3000|人|over")]
    [InlineData("志愿者逾500名", "逾500名|志愿者|500|名|over")]
    [InlineData("观众近3万人", "近3万人|观众|30000|人|approx")]
    [InlineData("总投资高达3000万元", "3000万元|总投资|30000000|元|exact")]
    [InlineData("客流量达到5万人次", "5万人次|客流量|50000|人次|exact")]
    [InlineData("全年用水量不超过1亿吨", "不超过1亿吨|用水量|100000000|吨|at_most")]
    // An exchange rate: the rate is the figure, its base is not.
    [InlineData("（1欧元约合7.8元人民币）", "约合7.8元|1欧元|7.8|元|approx")]
    // Points in time, periods and mottos are never figures.
    [InlineData("与10年前相比明显改善", "")]
    [InlineData("前两个季度增速放缓", "")]
    [InlineData("坚持“用3年时间办好5年的事”", "")]
    [InlineData("3个季度累计完成", "3个季度|-|3|个季度|exact")]
    public void Extract_Line_GivesExpectedRows(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
