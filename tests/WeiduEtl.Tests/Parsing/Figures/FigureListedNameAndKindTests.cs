namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Numbers that name rather than count, and one span a date's shape hid, decided by how they stand: the groups listed
/// after a village's group are names too (村4组、6组), a 届 that goes on to a sitting's number numbers the term even after
/// 参加, a small count of 类 divides a subject into kinds, a list whose items are numbered names (二桥, 二中) is still
/// summed up by the count after it, and 日 after a word of a span (近, 连续, 为期) is a span. Made-up lines in the styles of
/// a county paper (ASCII commas), a city daily and a national daily; rows are text|value|unit|qualifier.
/// </summary>
public sealed class FigureListedNameAndKindTests
{
    [Theory]
    // Groups listed after a village's group.
    [InlineData("6月10日,柳树村2组、5组、9组共修通水泥路3.2公里。", "3.2公里|3.2|公里|exact")]
    [InlineData("王庄村1组、3组的村民喝上了自来水。", "")]
    [InlineData("红星社3组、4组共有农户86户。", "86户|86|户|exact")]
    [InlineData("全村划分为12组、386户。", "12组|12|组|exact ; 386户|386|户|exact")]
    [InlineData("志愿者分成6组，每组5人。", "6组|6|组|exact ; 5人|5|人|exact")]
    [InlineData("每村3组、每组5人。", "3组|3|组|exact ; 5人|5|人|exact")]
    // A 届 that goes on to a sitting's number.
    [InlineData("代表们参加十四届全国人大三次会议审议。", "")]
    [InlineData("他参加了十九届四中全会。", "")]
    [InlineData("委员们参加十三届省人大常委会第十次会议。", "")]
    [InlineData("该校已连续举办了三届科技节。", "三届|3|届|exact")]
    [InlineData("她先后参加过5届全国运动会。", "5届|5|届|exact")]
    [InlineData("王某连任三届政协委员并在第三次会议上发言。", "三届|3|届|exact")]
    // Kinds.
    [InlineData("除去规定不能参选的五类人员,实到党员35名。", "35名|35|名|exact")]
    [InlineData("今年重点排查三类企业。", "")]
    [InlineData("两类群体可以申领补贴。", "")]
    [InlineData("全市抽检了5类食品共300批次。", "5类|5|类|exact ; 300批次|300|批次|exact")]
    // Lists of numbered names.
    [InlineData("新地镇大有桥、新塘桥、僚村二桥三座桥梁同时开工建设。", "")]
    [InlineData("市一中、二中两所学校的新校区投入使用。", "")]
    [InlineData("修通了一桥、二桥，还新建了三座桥梁。", "三座|3|座|exact")]
    [InlineData("村里去年修了两座桥、三条路。", "两座|2|座|exact ; 三条|3|条|exact")]
    // 日 after a word of a span.
    [InlineData("受暴雨影响，全镇停水近十日。", "近十日|10|日|approx")]
    [InlineData("大雾连续五日笼罩全城。", "五日|5|日|exact")]
    [InlineData("这次集中整治为期十日。", "十日|10|日|exact")]
    [InlineData("会议定于10日召开。", "")]
    [InlineData("展览于5月十日开幕。", "")]
    public void Extract_NamedOrSpannedNumber_KeepsOnlyQuantities(string line, string expected)
    {
        var rows = FigureRows.Extract(line).Select(row => row.Split('|')).Select(f => string.Join('|', f[0], f[2], f[3], f[4])).ToList();
        Assert.Equal(FigureRows.Split(expected), rows);
    }
}
