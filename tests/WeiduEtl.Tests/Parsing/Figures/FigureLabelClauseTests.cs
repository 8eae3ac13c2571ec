namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Label rules that read across a clause (issue 19): shares named by the clause before, the object of 涉及, a date or
/// an adverb opening a clause, the measure word's noun, durations with a measure noun, bounds over a verb. Made-up
/// lines in the styles of a national daily and of a city or district paper; rows are <c>text|label|value|unit|qualifier</c>.
/// </summary>
public sealed class FigureLabelClauseTests
{
    [Theory]
    // A share whose clause names only 占比 is the share of what the clause before names; 分别 pairs a listed subject.
    [InlineData("受访市民最关心的是停车难和看病难，分别占比42%和37.5%。", "42%|停车难占比|42|%|exact ; 37.5%|看病难占比|37.5|%|exact")]
    [InlineData("调查中企业反映最多的是融资难、用工贵、审批慢，分别占比51%、33%和16%。",
        "51%|融资难占比|51|%|exact ; 33%|用工贵占比|33|%|exact ; 16%|审批慢占比|16|%|exact")]
    [InlineData("群众最常使用的渠道是政务服务热线，占比61.2%。", "61.2%|政务服务热线占比|61.2|%|exact")]
    [InlineData("辖区被盗电动车占比12%。", "12%|被盗电动车占比|12|%|exact")]
    // 涉及 takes the clause before as its subject, not the figure before.
    [InlineData("部分小区违规改变用地性质，涉及3.2万平方米。", "3.2万平方米|部分小区违规改变用地性质|32000|平方米|exact")]
    [InlineData("一些企业虚报研发费用，共涉及1.6亿元。", "1.6亿元|一些企业虚报研发费用|160000000|元|exact")]
    // A date or 则 opening the clause: the subject is the topic of the clause before.
    [InlineData("社区志愿者人数稳步增加，2019年达到860人，较上年增长12%。", "860人|社区志愿者人数|860|人|exact ; 12%|社区志愿者人数增长|12|%|exact")]
    [InlineData("全国快递业务量持续攀升，2019年突破600亿件。", "突破600亿件|快递业务量|60000000000|件|over")]
    [InlineData("德国出口自2018年以来持续下降，2019年则减少3.5%。", "3.5%|德国出口减少|3.5|%|exact")]
    [InlineData("街道服务中心办件量有所回落，今年则增加20%。", "20%|街道服务中心办件量增加|20|%|exact")]
    // The measure word's noun, read past a verb (发放, 办理, 落地) and whole where it starts like a function word (就业).
    [InlineData("向46家合作社发放贴息贷款2000万元。", "46家|合作社|46|家|exact ; 2000万元|贴息贷款|20000000|元|exact")]
    [InlineData("已有12个国家落地8个合作项目。", "12个|国家|12|个|exact ; 8个|合作项目|8|个|exact")]
    [InlineData("每一个新建项目至少可以带动50个就业岗位。", "50个|就业岗位|50|个|at_least")]
    // A bound reaches over a modal and its verb; the span stays the number.
    [InlineData("景区最多能容纳8000名游客。", "8000名|游客|8000|名|at_most")]
    // A duration or a limit takes a subject ending in a measure noun (时间, 时限).
    [InlineData("全市中考时间共计3天。", "3天|中考时间|3|天|exact")]
    [InlineData("不动产登记办理时限全部在3个工作日内。", "3个工作日内|不动产登记办理时限|3|个工作日|at_most")]
    // A level a bounded figure is kept to frames it; an amount before 标准 is the standard.
    [InlineData("年能耗严格控制在5%以内的省定目标水平。", "5%以内|年能耗|5|%|at_most")]
    [InlineData("按照每人每年1200元标准发放取暖补贴。", "1200元|标准|1200|元|exact")]
    // A figure printed alone on its line (an infographic) takes the label of the same figure in the caption after it.
    [InlineData("2019年\n35%\n全区新建5G基站数量同比增长35%", "35%|新建5G基站数量同比增长|35|%|exact ; 35%|新建5G基站数量同比增长|35|%|exact")]
    [InlineData("8.6万人\n全国新增注册志愿者8.6万人。", "8.6万人|新增注册志愿者|86000|人|exact ; 8.6万人|新增注册志愿者|86000|人|exact")]
    // Long subjects keep their head, the last words of the noun phrase.
    [InlineData("全年新增智慧农业物联网监测示范推广大棚1200座。", "1200座|示范推广大棚|1200|座|exact")]
    public void Extract_Line_LabelsWhatTheClauseNames(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A count summing up the list beside it announces structure; it counts when the items hold numbers or differ in number.
    [InlineData("督察发现两类突出、共性问题。", "")]
    [InlineData("城区划分为东城、西城、南城三个片区。", "")]
    [InlineData("通过刷卡、扫码、人脸识别三种方式入园。", "")]
    [InlineData("建成两座桥、三条路。", "两座|桥|2|座|exact ; 三条|路|3|条|exact")]
    [InlineData("引进博士、硕士共三名。", "三名|硕士|3|名|exact")]
    // A place in a ranking, and numbers joined by a times sign, are not figures; 此前3名 still counts.
    [InlineData("投诉量位列全省前五位。", "")]
    [InlineData("在比赛中进入前十名。", "")]
    [InlineData("此前3名嫌疑人已到案。", "3名|嫌疑人|3|名|exact")]
    [InlineData("热线实行7×24小时服务。", "")]
    [InlineData("开展3×3篮球赛。", "")]
    [InlineData("新建球场为28米×15米。", "28米|新建球场|28|米|exact ; 15米|新建球场|15|米|exact")]
    public void Extract_Line_TellsCountsFromStructure(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
