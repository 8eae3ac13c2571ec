namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Labels by the grammar around the figure (sixteenth round): a duration after a change with a subject of its own
/// (工期比原计划缩短了6个月), a duration between a verb of carrying out and 的 (开展不少于3天的调研), a quoted term closing the clause right after the unit (75平方米“新房”), and 我 in words set after a
/// speaker's name and a colon (村民老王：我今年62岁). Made-up lines in a city daily's and an evening paper's style, each
/// rule with a line where it must not fire.
/// </summary>
public sealed class FigureLabelSpeakerAndSpanTests
{
    [Theory]
    [InlineData("新区改造工程工期比原计划缩短了6个月。", "6个月|新区改造工程工期缩短|6|个月|exact")]
    [InlineData("这条路的通行时间由40分钟缩短至15分钟。", "40分钟|通行时间|40|分钟|exact ; 15分钟|通行时间|15|分钟|exact")]
    [InlineData("如今，他住上了改造后的75平方米“新房”。", "75平方米|新房|75|平方米|exact")]
    [InlineData("快递网点实现24小时“不打烊”。", "24小时|快递网点|24|小时|exact")]
    [InlineData("村民老王：我今年62岁，还能再干几年。", "62岁|村民老王|62|岁|exact")]
    [InlineData("我今年62岁，还能再干几年。", "62岁|年龄|62|岁|exact")]
    [InlineData("市人大代表分组开展不少于3天的专题调研。", "不少于3天|专题调研|3|天|at_least")]
    [InlineData("经过3年的努力，全村实现整体脱贫。", "3年|-|3|年|exact")]
    public void Extract_SpeakerOrSpanLine_LabelsWhatIsMeasured(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
