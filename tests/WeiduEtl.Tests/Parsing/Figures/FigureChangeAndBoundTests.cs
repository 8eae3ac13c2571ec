namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Changes, bounds and summing-up counts of the eighth round, on made-up lines in a national daily's style (全国, 全省,
/// 教育部) and a city daily's district page (全区, 社区, 区教体局, 窗口): a degree adjective after a comparison base as a
/// change, 持续 as a verb of lasting, 和 closing a 、-list of long names that a count sums up, 一 as a change's start or a
/// range's lower bound, the end of a change after a comma or led by 为 or 发展到, time spent named by the deed after it,
/// and 超过了 and 突破了 as over. None of these lines
/// is taken from a labelled page; each fails without its rule.
/// </summary>
public sealed class FigureChangeAndBoundTests
{
    [Theory]
    // 比…高 with no verb of change is a change of what the figure before measured; the base stays in the label.
    [InlineData("全国城镇新增就业同比增长3.2%，比上年同期高0.8个百分点。",
        "3.2%|城镇新增就业同比增长|3.2|%|exact ; 0.8个百分点|城镇新增就业比上年同期高|0.8|个百分点|exact")]
    [InlineData("全区税收收入增长9.1%，较全市平均水平高2.3个百分点。",
        "9.1%|税收收入增长|9.1|%|exact ; 2.3个百分点|税收收入较全市平均水平高|2.3|个百分点|exact")]
    // 持续 before a duration says how long its subject went on.
    [InlineData("冬季越野赛全程持续约4小时。", "约4小时|冬季越野赛全程持续|4|小时|approx")]
    [InlineData("社区义诊活动持续了3天。", "3天|社区义诊活动持续|3|天|exact")]
    // A count after a 、-list closed by 和 sums the list up, however long its last name.
    [InlineData("教育部、财政部、人力资源社会保障部和国家乡村振兴局四部门联合印发通知。", "")]
    [InlineData("区教体局、区卫健委和区市场监管局三部门开展联合检查。", "")]
    // 一 + a duration as a change's start is measured, and 为 after the verb of change ends the change.
    [InlineData("办理营业执照的时间由原来的一个月缩短为三天。", "一个月|时间|1|个月|exact ; 三天|时间|3|天|exact")]
    [InlineData("社区居民办理居住证的时间由原来的一周缩短为两天。", "一周|时间|1|周|exact ; 两天|时间|2|天|exact")]
    // 一 before a range joint and a number is the range's lower bound.
    [InlineData("全省企业开办时间压缩至一到两个工作日。",
        "一|企业开办时间压缩|1|个工作日|at_least ; 两个工作日|企业开办时间压缩|2|个工作日|at_most")]
    [InlineData("社区补办证件的时间为一至两个工作日。", "一|时间|1|个工作日|at_least ; 两个工作日|时间|2|个工作日|at_most")]
    // The end of a change after a comma measures what its start measured.
    [InlineData("企业开办时间由原先的8个工作日，压缩到现在的3个工作日。",
        "8个工作日|企业开办时间|8|个工作日|exact ; 3个工作日|企业开办时间|3|个工作日|exact")]
    [InlineData("窗口办结时限由原先的5个工作日，缩短到现在的2个工作日。",
        "5个工作日|窗口办结时限|5|个工作日|exact ; 2个工作日|窗口办结时限|2|个工作日|exact")]
    // 发展到 ends a change too, and is no noun after a measure word.
    [InlineData("全国农民合作社由最初的十几万家发展到如今的220万家。",
        "十几万家|农民合作社|100000|家|over ; 220万家|农民合作社|2200000|家|exact")]
    [InlineData("社区志愿服务队从成立时的8人发展到现在的120人。", "8人|社区志愿服务队|8|人|exact ; 120人|社区志愿服务队|120|人|exact")]
    // Time spent (用…时间) is named by the deed after it, in the next clause too, or by its verb when a figure of what was done follows.
    [InlineData("全省仅用两年时间就建成了860个村级光伏电站。", "两年|建成|2|年|exact ; 860个|村级光伏电站|860|个|exact")]
    // A place framed by 在…上 (and its comma) before the deed says where; the deed's 了 is no part of its name.
    [InlineData("这个县只用了5年时间就在荒山上种出了万亩林海。", "5年|种出万亩林海|5|年|exact")]
    [InlineData("魏都区仅用两个月时间就在闲置地块上建成了3个口袋公园。", "两个月|建成|2|个月|exact ; 3个|口袋公园|3|个|exact")]
    [InlineData("全村只用一年时间就在一片荒滩上，建起了产业园。", "一年|建起产业园|1|年|exact")]
    [InlineData("街道用了两个月时间，改造了6个老旧小区。", "两个月|改造|2|个月|exact ; 6个|老旧小区|6|个|exact")]
    // 了 between a verb of crossing and the number leaves it a bound.
    [InlineData("去年全省农村居民人均可支配收入超过了1.5万元。", "超过了1.5万元|农村居民人均可支配收入|15000|元|over")]
    [InlineData("社区志愿者服务时长突破了2000小时。", "突破了2000小时|社区志愿者服务时长|2000|小时|over")]
    public void Extract_MadeUpLine_ReadsTheChangeOrBound(string line, string expected) =>
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
}
