namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Labels by the grammar around the figure (sixteenth round): what a head count is given or receives (其中2人给予…处分) and
/// the outcome after a verb of causing (造成3人死亡), money before a noun of an amount (销售额), visits before a long noun of
/// people, a span before a career (军旅生涯) or with 的 before a history, 发达 and 甚至 as words, not links, and X相当于Y的N%.
/// Made-up lines in a county discipline bulletin's, a city daily's and an evening paper's style, each rule with a line where
/// it must not fire.
/// </summary>
public sealed class FigureLabelOutcomeTests
{
    [Theory]
    [InlineData("该县已对相关责任人作出处理，其中2人给予党内警告处分，5人受到诫勉谈话。", "2人|给予党内警告处分|2|人|exact ; 5人|受到诫勉谈话|5|人|exact")]
    [InlineData("其中3人被判处有期徒刑，案件已审结。", "3人|被判处有期徒刑|3|人|exact")]
    [InlineData("如今只有8人在岗。", "8人|在岗|8|人|exact")]
    [InlineData("这起交通事故造成3人死亡、5人受伤。", "3人|死亡|3|人|exact ; 5人|受伤|5|人|exact")]
    [InlineData("大风导致两人受伤，多处广告牌被吹落。", "两人|受伤|2|人|exact")]
    [InlineData("火灾造成直接经济损失120万元。", "120万元|火灾造成直接经济损失|1200000|元|exact")]
    [InlineData("合作社去年实现600多万元销售额，社员人均分红5000元。", "600多万元|销售额|6000000|元|over ; 5000元|社员人均分红|5000|元|exact")]
    [InlineData("银行为这家企业提供了5000万元授信额度。", "5000万元|授信额度|50000000|元|exact")]
    [InlineData("今年共有近300人次省队运动员赴外地集训。", "近300人次|省队运动员|300|人次|approx")]
    [InlineData("回顾自己30多年军旅生涯，老张感慨万千。", "30多年|军旅生涯|30|年|over")]
    [InlineData("这座古镇已有600多年的历史。", "600多年|历史|600|年|over")]
    [InlineData("这座古镇已有600多年的建城时间。", "600多年|古镇|600|年|over")]
    [InlineData("该市人均公园绿地面积相当于全省平均水平的80%。", "80%|人均公园绿地面积相当于平均水平|80|%|exact")]
    [InlineData("全市粮食产量达创纪录的12亿斤。", "12亿斤|粮食产量|1200000000|斤|exact")]
    [InlineData("展馆甚至吸引了3万名外地游客。", "3万名|外地游客|30000|名|exact")]
    public void Extract_OutcomeOrAmountLine_LabelsWhatIsCounted(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
