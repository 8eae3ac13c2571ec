namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Label grammar of the seventh round, on made-up lines in a national daily's style (全省, 国家自然科学奖), a city daily's
/// district page (全区, 街道, 社区, 公交) and a company or finance report's (公司, 营业收入, 光效): a measure noun before the
/// amount, a level noun with 及以上, a dimension or a way after a length, ages listed before the person they are of, an
/// age after a change or a deed's 时, a count of the rest, a head count before what the people do, an offset before the
/// deed. None of these lines is taken from a labelled page.
/// </summary>
public sealed class FigureLabelQuantityTests
{
    [Theory]
    // 及以上 and 及以下 stay inside a level noun; 及 alone ends it.
    [InlineData("全省126个县级及以上城市开展了垃圾分类。", "126个|县级及以上城市|126|个|exact")]
    // After a percentage and 的, the whole it is a part of runs up to a verb (建成), though longer than eight characters.
    [InlineData("全市90%的二级及以上公立医院建成互联网医院。", "90%|二级及以上公立医院|90|%|exact")]
    // A length before a way names the way, though a verb (收集) stands inside it.
    [InlineData("全区新建8.6公里污水收集管网。", "8.6公里|污水收集管网|8.6|公里|exact")]
    // A dimension noun a short modifier away from the length is what it measures.
    [InlineData("公司全年完成5000米当量井深钻井12口。", "5000米|当量井深|5000|米|exact ; 12口|当量井深钻井|12|口|exact")]
    // 周期 and 天数 are measure nouns; a superlative after the end of a change (降至最短) keeps the change's label.
    [InlineData("新区企业开办周期由15天压缩至最短3天。", "15天|新区企业开办周期|15|天|exact ; 3天|新区企业开办周期|3|天|exact")]
    [InlineData("今年全区空气质量优良天数累计298天，优良率达到81.6%。", "298天|空气质量优良天数|298|天|exact ; 81.6%|优良率|81.6|%|exact")]
    // Ages listed before a person word are all that person's, though the run after the last one is long.
    [InlineData("国家自然科学奖获奖团队中，40岁以下、40至50岁、50岁以上科研人员比例基本保持稳定。",
        "40岁以下|科研人员|40|岁|at_most ; 40|科研人员|40|岁|at_least ; 50岁|科研人员|50|岁|at_most ; 50岁以上|科研人员|50|岁|over")]
    // A life (生命) is what an age before it measures; 生 alone is no person.
    [InlineData("扶贫干部李明倒在岗位上，35岁的年轻生命定格在了扶贫路上。", "35岁|年轻生命|35|岁|exact")]
    // An age after a change is the change of what the age before measured.
    [InlineData("全市新任村干部平均年龄为38.5岁，比上届下降了4.2岁。", "38.5岁|新任村干部平均年龄|38.5|岁|exact ; 4.2岁|新任村干部平均年龄下降|4.2|岁|exact")]
    // An age after "someone doing something 时" is that person's then.
    [InlineData("王大爷参军时才18岁。", "18岁|王大爷参军时|18|岁|exact")]
    // A numeral opening a noun with no unit after it starts a name.
    [InlineData("全市新增绿地面积相当于3个三亚湾公园。", "3个|三亚湾公园|3|个|exact")]
    // The 有 of having: the figure counts the noun after 的, not the place before 有.
    [InlineData("全区已有近60%的老旧小区完成改造。", "近60%|老旧小区|60|%|approx")]
    // Verbs of completing after the noun leave the count to what was completed.
    [InlineData("社区智能快递柜建成并投入使用26组。", "26组|社区智能快递柜|26|组|exact")]
    // A measure noun right before an amount is what it measures; the noun after it is what has it.
    [InlineData("全市对年用水量10万吨以上企业实行计划用水管理。", "10万吨以上|年用水量|100000|吨|over")]
    // 底 after a year ends the date, so the end of a change keeps the label.
    [InlineData("全省农村贫困人口由2017年的86万减少到2019年底的12万。", "86万|农村贫困人口|860000||exact ; 12万|农村贫困人口|120000||exact")]
    // 使用 is a word (使用量, not 使|用量); 普遍 and 也 are adverbs before a change or its comparison.
    [InlineData("全市塑料购物袋使用量普遍减少三成。", "三成|塑料购物袋使用量减少|3|成|exact")]
    [InlineData("节假日期间，客流量也比平时增加了四成。", "四成|客流量增加|4|成|exact")]
    // A time word before a verb of crossing (超过当初) is a link, not the subject.
    [InlineData("公司芯片光效已经超过当初6倍以上。", "6倍以上|公司芯片光效|6|倍|over")]
    // 其余 with no noun counts the rest of what the figure before counted.
    [InlineData("全区9项约束性指标中，7项已提前完成，其余2项正在推进。", "9项|约束性指标|9|项|exact ; 7项|约束性指标|7|项|exact ; 2项|其余约束性指标|2|项|exact")]
    // A head count with no noun is of the people doing what follows it; 如今 and 必须 name no one.
    [InlineData("如今只有8人在岗。", "8人|在岗|8|人|exact")]
    [InlineData("夜间巡查还必须两人同行。", "两人|同行|2|人|exact")]
    // An offset (提前, 差) names how early, with the deed after the duration.
    [InlineData("地铁列车平均提前2分钟到站。", "2分钟|提前到站|2|分钟|exact")]
    // An adverb after a verbal count opens a comment, not the deed counted.
    [InlineData("他尝试了十几次都没有成功。", "十几次|他尝试|10|次|over")]
    // A list item naming only another base compares the same subject.
    [InlineData("新型电池的能量密度是铅酸电池的5倍、镍氢电池的3倍。", "5倍|能量密度|5|倍|exact ; 3倍|能量密度|3|倍|exact")]
    // Words read whole inside a noun although they start with a verb or a cut (完成人, 建成区), verbs that end it (公布),
    // a compound measure noun (平均年龄); an age after a deed's 时 with 仅 between.
    [InlineData("超过60%的完成人为青年科研人员。", "超过60%|完成人|60|%|over")]
    [InlineData("全县新增3平方公里建成区绿地。", "3平方公里|建成区绿地|3|平方公里|exact")]
    [InlineData("全国21个省份公布了修复名录。", "21个|省份|21|个|exact")]
    [InlineData("国家自然科学奖获奖成果完成人平均年龄44.6岁。", "44.6岁|平均年龄|44.6|岁|exact")]
    [InlineData("李华获奖时仅29岁。", "29岁|李华获奖时|29|岁|exact")]
    // 站 is itself the noun counted.
    [InlineData("公交1路途经28站。", "28站|站|28|站|exact")]
    public void Extract_MadeUpLine_LabelsWhatTheFigureMeasures(string line, string expected) =>
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
}
