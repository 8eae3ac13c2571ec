namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Label grammar of the noun phrase around a figure (issue 19, second round), written from the first held-out pages'
/// disagreements and tested on made-up lines in the styles of a city daily (街道, 社区, 市民), a national daily (全国,
/// 同比, 规模以上) and a business or sports paper (营收, 上市公司, 运动队). Rows are <c>text|label|value|unit|qualifier</c>.
/// </summary>
public sealed class FigureLabelPhraseTests
{
    [Theory]
    // 将/把 puts what is changed before the verb that sets its value: that object is the label.
    [InlineData("街道通过流程再造，将办证天数由过去的15天减少到了5天。", "15天|办证天数|15|天|exact ; 5天|办证天数|5|天|exact")]
    [InlineData("企业再次将单位产品能耗降至0.42吨。", "0.42吨|单位产品能耗|0.42|吨|exact")]
    [InlineData("多家上市公司把研发费用占比提高到8%以上。", "8%以上|研发费用占比|8|%|over")]
    public void Extract_Disposal_LabelsWhatIsChanged(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A measure noun before the figure of a relative clause is what it measures, not the noun the clause modifies.
    [InlineData("在这个人口只有300人的小山村里，村民种起了茶叶。", "300人|人口|300|人|exact")]
    [InlineData("一块是周长为400米的标准跑道。", "400米|周长|400|米|exact")]
    [InlineData("重点支持贫困发生率10%以上的乡镇。", "10%以上|重点支持贫困发生率|10|%|over")]
    // Without a measure noun, the noun after 的 stays the label.
    [InlineData("今年将新建3个5000平方米的社区公园。", "3个|社区公园|3|个|exact ; 5000平方米|社区公园|5000|平方米|exact")]
    public void Extract_RelativeClauseWithMeasureNoun_LabelsTheMeasure(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // After a measure word, a modifier with a figure of its own or a description (不同…, 来自…) ends in 的 before the head.
    [InlineData("队员们翻越了3座海拔4000米以上的山口。", "3座|山口|3|座|exact ; 4000米以上|海拔|4000|米|over")]
    [InlineData("全国共有近300名来自各地的代表参会。", "近300名|代表|300|名|approx")]
    // A second count between the measure word and 的 counts a noun of its own: the first count keeps its noun.
    [InlineData("督察组核查了5个省份32个县的项目。", "5个|省份|5|个|exact ; 32个|县|32|个|exact")]
    public void Extract_ModifiedHead_LabelsTheCountedHead(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // 是 after a count: the noun after it is what the count is of.
    [InlineData("其中3个是社区党员。", "3个|社区党员|3|个|exact")]
    [InlineData("场馆里还有两块是60米×30米的冰球场地。", "两块|冰球场地|2|块|exact ; 60米|冰球场地|60|米|exact ; 30米|冰球场地|30|米|exact")]
    public void Extract_CountBeforeShi_LabelsThePredicateNoun(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A head count before a group noun counts the group's members; before 当选/来自 it names the role or origin.
    [InlineData("县里组织8人小分队深入村组调研。", "8人|小分队|8|人|exact")]
    [InlineData("学校派出5人志愿服务队。", "5人|志愿服务队|5|人|exact")]
    [InlineData("记者走访了9户农民家庭。", "9户|农民家庭|9|户|exact")]
    [InlineData("经过层层推选，5人当选全国劳动模范。", "5人|当选全国劳动模范|5|人|exact")]
    [InlineData("新提拔的30人中有21人来自基层。", "30人|新提拔|30|人|exact ; 21人|来自基层|21|人|exact")]
    // Any other verb after the count names nothing by this rule.
    [InlineData("共有566人参加活动。", "566人|-|566|人|exact")]
    public void Extract_HeadCountBeforeGroupOrRole_LabelsIt(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A duration opening its clause or after 长达/历时/为期 measures the activity after its 的.
    [InlineData("她完成了长达2小时的现场直播。", "2小时|现场直播|2|小时|exact")]
    [InlineData("球队每天进行两场近4个小时的体能训练。", "两场|体能训练|2|场|exact ; 近4个小时|体能训练|4|个小时|approx")]
    // 的时间 names nothing; after a verb, the duration does not measure the noun.
    [InlineData("用了整整5年的时间。", "5年|-|5|年|exact")]
    // A noun of a period linked to a duration is what lasts.
    [InlineData("当地年无霜期长达200天。", "200天|当地年无霜期|200|天|exact")]
    [InlineData("项目工期为18个月。", "18个月|项目工期|18|个月|exact")]
    public void Extract_Duration_LabelsWhatLasts(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // An amount before a noun of a kind of money names it.
    [InlineData("入选者每月可多领2000元津贴。", "2000元|津贴|2000|元|exact")]
    [InlineData("涉事企业被处以50万元罚款。", "50万元|罚款|500000|元|exact")]
    public void Extract_AmountBeforeKindOfMoney_LabelsTheKind(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
