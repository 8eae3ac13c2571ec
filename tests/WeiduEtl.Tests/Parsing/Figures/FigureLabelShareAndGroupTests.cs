namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Label grammar of the ninth round, on made-up lines in a national daily's style (全国, 国内生产总值, 外资企业) and a city
/// daily's district page (魏都区, 街道, 社区, 村里): a share named by 比重 or 比例 after 占 and the whole with a link verb
/// before the figure, 占地区… as a share, a figure opening the clause after a group that ends in 中, a 是…的 closing the
/// clause after a figure, a length before a road ending in 路, 都 inside a place's name, 对华 and 在华 as part of a noun,
/// 中 before a comma as "among", a time word that is no subject (the topic before is), and a clause opening with a
/// comparative (高于, 快于) after a figure or with 比 before it, 大约有 and 从业. None of these lines is taken from a
/// labelled page; each fails without its rule.
/// </summary>
public sealed class FigureLabelShareAndGroupTests
{
    [Theory]
    // X占Y的比重 and a link verb: the share is X's share of Y, named with its share noun.
    [InlineData("去年全国服务业增加值占国内生产总值的比重达到53.9%。", "53.9%|服务业增加值占国内生产总值比重|53.9|%|exact")]
    [InlineData("魏都区民营经济占全区经济总量的比重超过65%。", "超过65%|魏都区民营经济占经济总量比重|65|%|over")]
    // 占地区生产总值: 地区 opens the whole, it is no 占地.
    [InlineData("全市高新技术产业增加值占地区生产总值的比例为18%。", "18%|高新技术产业增加值占地区生产总值比例|18|%|exact")]
    // A figure with no words of its own after "…中，" counts a part of that group.
    [InlineData("接受调查的外资企业中，有83%表示将继续扩大在华投资。", "83%|接受调查的外资企业|83|%|exact")]
    [InlineData("在这些困难家庭中，已有42户实现稳定就业。", "42户|困难家庭|42|户|exact")]
    // 是…的 closing the clause after the figure says what kind of thing it counts.
    [InlineData("社区改造资金共200万元，其中150万元是街道配套的。", "200万元|社区改造资金|2000000|元|exact ; 150万元|街道配套|1500000|元|exact")]
    [InlineData("这笔扶贫资金中，有60%是中央财政安排的。", "60%|中央财政安排|60|%|exact")]
    // A length right before a road ending in 路 is the road's length.
    [InlineData("村里去年新修了6.5公里通组路。", "6.5公里|通组路|6.5|公里|exact")]
    [InlineData("这个县已建成3000公里旅游路，串起了120个景点。", "3000公里|旅游路|3000|公里|exact ; 120个|景点|120|个|exact")]
    // 都 before 区, 市 or 县 is inside a place's name; the subject keeps the whole name.
    [InlineData("魏都区今年新增城镇就业人数超过1.2万人。", "超过1.2万人|魏都区今年新增城镇就业人数|12000|人|over")]
    [InlineData("江都区去年粮食总产量达到45万吨。", "45万吨|江都区去年粮食总产量|450000|吨|exact")]
    // 对 or 在 before a one-character place and a noun make one noun (对华出口, 对非出口额).
    [InlineData("该国去年对华出口增长了15%，达到260亿美元。", "15%|对华出口增长|15|%|exact ; 260亿美元|对华出口|26000000000|美元|exact")]
    [InlineData("许昌发制品企业对非出口额突破5亿元。", "突破5亿元|许昌发制品企业对非出口额|500000000|元|over")]
    // 中 before a comma after a counted noun says "among"; it is no part of the noun.
    [InlineData("全区128个老旧小区中，有46个已完成改造。", "128个|老旧小区|128|个|exact ; 46个|老旧小区|46|个|exact")]
    [InlineData("全省300多家受访企业中，有近七成表示订单增加。", "300多家|受访企业|300|家|over ; 近七成|受访企业|7|成|approx")]
    // A time word alone (前年, 如今) is no subject: the topic of the clause before is what the figures measure.
    [InlineData("村里的集体经济收入，前年还不到5万元，去年已经突破了30万元。",
        "不到5万元|村里的集体经济收入|50000|元|under ; 突破了30万元|村里的集体经济收入|300000|元|over")]
    [InlineData("全县的农村公路总里程，过去只有800公里，如今达到2600公里。",
        "800公里|农村公路总里程|800|公里|exact ; 2600公里|农村公路总里程|2600|公里|exact")]
    // A clause opening with a comparative compares what the figure before it measured.
    [InlineData("该县去年GDP达到320亿元，增速为7.5%，高于全省平均水平1.2个百分点。",
        "320亿元|GDP|32000000000|元|exact ; 7.5%|GDP增速|7.5|%|exact ; 1.2个百分点|GDP增速高于全省平均水平|1.2|个百分点|exact")]
    [InlineData("其中，农村居民人均可支配收入增长9.6%，快于城镇居民2.8个百分点。",
        "9.6%|农村居民人均可支配收入增长|9.6|%|exact ; 2.8个百分点|农村居民人均可支配收入快于城镇居民|2.8|个百分点|exact")]
    // A clause opening with 比 has no topic of its own: the change in it (翻了一番, a figure in 番) and the figure after it measure the topic of the clause before.
    [InlineData("这家工厂去年的产值，比前年翻了一番，达到1.6亿元。", "一番|工厂去年的产值翻|1|番|exact ; 1.6亿元|工厂去年的产值|160000000|元|exact")]
    [InlineData("社区的集体收入，比前年翻了一番，达到36万元。", "一番|社区的集体收入翻|1|番|exact ; 36万元|社区的集体收入|360000|元|exact")]
    // 大约有 before a number is one qualifier; 从业 is a word, not 从 and a noun.
    [InlineData("社区大约有200名志愿者参与了这次活动。", "大约有200名|志愿者|200|名|approx")]
    [InlineData("全国旅游从业人员超过2800万人。", "超过2800万人|旅游从业人员|28000000|人|over")]
    [InlineData("目前，全镇电商从业人员已达1200多人，网店500多家。", "1200多人|电商从业人员|1200|人|over ; 500多家|网店|500|家|over")]
    public void Extract_MadeUpLine_LabelsTheShareGroupKindRoadOrPlace(string line, string expected) =>
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));

    [Theory]
    // A count of digits (两位数增长) says how large a number is: no figure; 两位数学教师 are people.
    [InlineData("全区规模以上工业增加值连续三年保持两位数增长。", "三年|-|3|年|exact")]
    [InlineData("我国服务贸易进出口连续5年保持两位数增速，两位数学教师获奖。", "5年|-|5|年|exact ; 两位|数学教师|2|位|exact")]
    public void Extract_CountOfDigits_IsNoFigure(string line, string expected) =>
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
}
