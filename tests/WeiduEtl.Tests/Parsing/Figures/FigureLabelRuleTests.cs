namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// The label rules of issue 19, one made-up line each, in the styles of a national daily (全国…, 同比…, 分别…) and of a
/// city or district paper (全市…, 辖区…, 街道…). Rows are <c>text|label|value|unit|qualifier</c>, separated by " ; ".
/// </summary>
public sealed class FigureLabelRuleTests
{
    [Theory]
    // The subject of 达, 为, 共计, 增加到, 由…至: the noun phrase before the link.
    [InlineData("全国快递业务量达600亿件。", "600亿件|快递业务量|60000000000|件|exact")]
    [InlineData("辖区新建停车位共计320个。", "320个|新建停车位|320|个|exact")]
    [InlineData("全省高速公路通车里程为8500公里。", "8500公里|高速公路通车里程|8500|公里|exact")]
    [InlineData("社区停车泊位由200个增加到450个。", "200个|社区停车泊位|200|个|exact ; 450个|社区停车泊位|450|个|exact")]
    [InlineData("城镇调查失业率（季调）为5.2%。", "5.2%|城镇调查失业率|5.2|%|exact")]
    // A change: its subject with the change, the comparison base dropped.
    [InlineData("全市社会消费品零售总额同比增长7.3%。", "7.3%|社会消费品零售总额同比增长|7.3|%|exact")]
    [InlineData("街道便民服务中心办件量比上月增加15%。", "15%|街道便民服务中心办件量增加|15|%|exact")]
    [InlineData("出口增速比3月份回落0.4个百分点。", "0.4个百分点|出口增速回落|0.4|个百分点|exact")]
    // A figure with no subject of its own takes the one before it in the sentence, or the topic of the clause before.
    [InlineData("实现营收5.6亿元，同比增长12%。", "5.6亿元|营收|560000000|元|exact ; 12%|营收同比增长|12|%|exact")]
    [InlineData("接待游客12万人次，同比增加3万人次。", "12万人次|游客|120000|人次|exact ; 3万人次|游客同比增加|30000|人次|exact")]
    [InlineData("海外订单量达到1.2万件，首次突破1万件。", "1.2万件|海外订单量|12000|件|exact ; 突破1万件|海外订单量|10000|件|over")]
    [InlineData("全市用电量持续攀升，达到86亿千瓦时。", "86亿千瓦时|用电量|8600000000|千瓦时|exact")]
    // 分别 pairs a list of changes with the figures before it.
    [InlineData("粮食产量达120万吨，蔬菜产量达80万吨，同比分别增长3%和5%。",
        "120万吨|粮食产量|1200000|吨|exact ; 80万吨|蔬菜产量|800000|吨|exact ; 3%|粮食产量同比增长|3|%|exact ; 5%|蔬菜产量同比增长|5|%|exact")]
    [InlineData("城乡居民收入比上年分别增长4.1%和6.3%。", "4.1%|城乡居民收入增长|4.1|%|exact ; 6.3%|城乡居民收入增长|6.3|%|exact")]
    // The noun after 的, after a bare 万/亿 count and after 次.
    [InlineData("每年可带来3亿元的税收。", "3亿元|税收|300000000|元|exact")]
    [InlineData("六成以上的受访居民表示满意。", "六成以上|受访居民|6|成|over")]
    [InlineData("工程建成后可惠及12万农村人口。", "12万|农村人口|120000||exact")]
    [InlineData("全年开展5次集中整治。", "5次|集中整治|5|次|exact")]
    [InlineData("市财政安排500万元专项资金。", "500万元|专项资金|5000000|元|exact")]
    [InlineData("区里设立1亿元产业引导基金。", "1亿元|产业引导基金|100000000|元|exact")]
    // A duration names nothing, but what it runs over is the subject of the figure after it.
    [InlineData("全省粮食产量连续5年稳定在1300亿斤以上。", "5年|-|5|年|exact ; 1300亿斤以上|粮食产量|130000000000|斤|over")]
    [InlineData("社区志愿服务人次连续3年超过1万人次。", "3年|-|3|年|exact ; 超过1万人次|社区志愿服务人次|10000|人次|over")]
    public void Extract_Line_LabelsWhatTheNumberMeasures(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
