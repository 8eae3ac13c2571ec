namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Numbers a reader never takes as figures, by how they stand in the sentence (sixteenth round): a year of history
/// outside the date scanner's range, a span with 后 opening its clause ("ten years later"), a working group numbered
/// inside its name, a span that is the period an amount after it is summed over, and 四周 as "all around". Made-up lines
/// in an evening paper's, a county newsletter's and a city daily's style, each rule with a line where the same words count.
/// </summary>
public sealed class FigureHistoryAndTeamTests
{
    [Theory]
    // A year of history: glossed in brackets after a reign year, after 于, before a month, or four digits not a round hundred.
    [InlineData("该村始建于明成化十五年（1479年），古民居保存完好。", "")]
    [InlineData("据县志记载，这座石拱桥建于1736年。", "")]
    [InlineData("1840年6月，英军封锁珠江口。", "")]
    [InlineData("1842年，这座小城开埠通商。", "")]
    [InlineData("这座古寺距今已有1350年历史。", "1350年|历史|1350|年|exact")]
    [InlineData("这条古道已延续1200年，至今仍有村民往来。", "1200年|古道延续|1200|年|exact")]
    [InlineData("古城墙有1500年的历史。", "1500年|历史|1500|年|exact")]
    public void Extract_HistoryLine_KeepsNoYear(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A span with 后 opening its clause is a point in time, comma or not; inside its clause it says how long until.
    [InlineData("按协议，合作期内收益全部归村集体，5年后村集体与企业按比例分成。", "")]
    [InlineData("他1978年应征入伍，3年后退伍回乡。", "")]
    [InlineData("半个月后，老人的伤口痊愈了。", "")]
    [InlineData("新建的文化广场预计3个月后完工。", "3个月|-|3|个月|exact")]
    // A working group numbered inside its name; a count of groups after a verb.
    [InlineData("市人大调研三组走访了12个社区。", "12个|社区|12|个|exact")]
    [InlineData("省委巡视二组进驻该县后，收到群众来信86件。", "86件|收到群众来信|86|件|exact")]
    [InlineData("志愿者分成四组，到各村宣传防火知识。", "四组|志愿者分成|4|组|exact")]
    // A span before a verb of adding up, with the amount in its clause, is that amount's period.
    [InlineData("全县五年新增就业超过3万人。", "超过3万人|五年新增就业|30000|人|over")]
    [InlineData("这个镇三年累计投入扶贫资金1.2亿元。", "1.2亿元|扶贫资金|120000000|元|exact")]
    [InlineData("全县连续三年新增就业超过1万人。", "三年|-|3|年|exact ; 超过1万人|新增就业|10000|人|over")]
    [InlineData("他们用了三年，累计投入资金800万元。", "三年|-|3|年|exact ; 800万元|资金|8000000|元|exact")]
    // 四周 as "all around"; four weeks after a word of measuring time.
    [InlineData("老人环顾四周，感慨村里变化太大了。", "")]
    [InlineData("村子四周都是果园，春天花开满山。", "")]
    [InlineData("这次培训为期四周，共有60名村医参加。", "四周|-|4|周|exact ; 60名|村医|60|名|exact")]
    public void Extract_TimeOrTeamLine_KeepsOnlyQuantities(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
