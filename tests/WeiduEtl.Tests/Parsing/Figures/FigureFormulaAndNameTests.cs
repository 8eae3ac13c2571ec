namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Numbers that are printed like counts or spans yet name something, decided by how they stand in the sentence: formulas
/// of politics (四个意识, 两个一百年, 五个到位), the length of quoted words and a count summing up quoted terms, plans and
/// anniversaries named with a span, years the date scanner leaves (公元, 80年出生), 头N年 as a period, an organisation
/// named by a count, and 百分之百 as "wholly". Made-up lines in a national daily's and a district page's style, each with a
/// line where the same words still count.
/// </summary>
public sealed class FigureFormulaAndNameTests
{
    [Theory]
    // Formulas: a numeral after the count, a verb, adjective or negation after 个, abstract nouns of politics, idioms.
    [InlineData("各级党组织要增强四个意识、坚定四个自信、做到两个维护。", "")]
    [InlineData("为实现两个一百年奋斗目标而不懈奋斗。", "")]
    [InlineData("魏都区坚持三个一批，做到五个到位，确保六个精准。", "")]
    [InlineData("统筹推进五位一体总体布局。", "")]
    [InlineData("《决定》中的两个“十三”不是完全对应的。", "")]
    [InlineData("要统筹好两个大局，办好发展和安全两件大事。", "")]
    [InlineData("魏都区推行两个责任、四个清单。", "")]
    [InlineData("魏都区实现四个全覆盖，落实四个不摘要求。", "")]
    [InlineData("运用监督执纪四种形态，抓早抓小。", "")]
    [InlineData("这个村坚持两条腿走路，种植和旅游一起抓。", "")]
    [InlineData("魏都区新建两个村级服务站。", "两个|村级服务站|2|个|exact")]
    [InlineData("全区两个不同的街道开展试点。", "两个|街道|2|个|exact")]
    [InlineData("两个一线城市的房价涨幅回落。", "两个|一线城市|2|个|exact")]
    [InlineData("魏都区有两位一级英模。", "两位|一级英模|2|位|exact")]
    [InlineData("又一个十年开始了，我们信心满怀。", "十年|-|10|年|exact")]
    [InlineData("全区设立两个责任人。", "两个|责任人|2|个|exact")]
    // The length of quoted words, a quoted word counted as said, and counts summing up quoted terms or a 、-list with a
    // number before its first item.
    [InlineData("“守正创新”“培根铸魂”八个字知易行难。", "")]
    [InlineData("社区把“为民”两个字写在墙上。", "")]
    [InlineData("报告提出“开放”“合作”两个关键词。", "")]
    [InlineData("魏都区把“冰雪运动”和“全民健身”两个主题结合起来。", "")]
    [InlineData("两国在上海、北京、广州三座城市举办活动。", "")]
    [InlineData("群众用三个“好”字评价新建的游园。", "")]
    [InlineData("他在信里写了两个字。", "两个|字|2|个|exact")]
    [InlineData("景区新建两个“网红”打卡点。", "两个|“网红”打卡点|2|个|exact")]
    [InlineData("大家一天当两天用、两天当三天使。", "")]
    // Plans named with a span or a numeral, anniversaries.
    [InlineData("魏都区实施城市管理三年行动计划。", "")]
    [InlineData("各地制定打赢蓝天保卫战三年攻坚战方案。", "")]
    [InlineData("总结十三五成就，谋划十四五发展。", "")]
    [InlineData("到建党一百年时，全面建成小康社会。", "")]
    [InlineData("在建校60年之际，许昌市第三中学举办校庆。", "")]
    [InlineData("该项目3年计划投资5亿元。", "3年|-|3|年|exact ; 5亿元|计划投资|500000000|元|exact")]
    [InlineData("经过三年攻坚，全区老旧小区改造完成。", "三年|-|3|年|exact")]
    [InlineData("这笔资金折合一点二五亿元。", "一点二五亿元|资金折合|125000000|元|exact")]
    [InlineData("新中国成立70年来，城乡面貌发生巨大变化。", "70年|-|70|年|exact")]
    // Years the date scanner leaves; 头N年 as 前N年.
    [InlineData("公元1077年春天，苏轼来到徐州。", "")]
    [InlineData("他是95年的小伙子，在魏都区创业。", "")]
    [InlineData("05年他来到许昌工作，80年出生的他已是骨干。", "")]
    [InlineData("本世纪头二十年是重要战略机遇期。", "")]
    [InlineData("今年头三个月，魏都区新增市场主体500家。", "500家|魏都区新增市场主体|500|家|exact")]
    [InlineData("他在社区已经工作了30年。", "30年|工作|30|年|exact")]
    [InlineData("这是30年的坚守。", "30年|-|30|年|exact")]
    [InlineData("一头3岁的牛卖了1万元。", "3岁|牛卖|3|岁|exact ; 1万元|牛卖|10000|元|exact")]
    // An organisation named by a count: one office-holder and one name after it.
    [InlineData("德国12家商会联合会主席汉斯·穆勒说，合作前景广阔。", "")]
    [InlineData("市10家企业商会会长李强介绍了情况。", "")]
    [InlineData("全国50家企业董事长出席会议。", "50家|企业董事长出席会议|50|家|exact")]
    [InlineData("两家公司董事长张明、李强签署协议。", "两家|公司董事长张明、李强签署协议|2|家|exact")]
    // 百分之百 as "wholly".
    [InlineData("这批焊缝100%不渗漏。", "")]
    [InlineData("社区干部拿出百分之百的干劲服务群众。", "")]
    [InlineData("全区行政村100%通了自来水。", "100%|行政村|100|%|exact")]
    [InlineData("全市农村自来水覆盖率达到100%。", "100%|农村自来水覆盖率|100|%|exact")]
    // A count after the classical possessive 之 is a metaphor's set phrase; a fraction's 分之 is not.
    [InlineData("发展与安全如车之两轮、鸟之两翼，缺一不可。", "")]
    [InlineData("魏都区以车之两轮为喻，讲清城管与服务的关系。", "")]
    [InlineData("两市之间开通3条公交线路。", "3条|公交线路|3|条|exact")]
    // A count summing up the items of one quotation before it (or before 等); a count of other things after a quotation stays.
    [InlineData("市里提出“严禁占道经营，严禁乱扔垃圾，严禁乱停乱放”等三项措施。", "")]
    [InlineData("条例写明“保护水源；节约用水；防治污染”四项措施，另有两项罚则。", "四项|措施|4|项|exact ; 两项|罚则|2|项|exact")]
    [InlineData("条例写明“保护水源、节约用水”两项要求。", "")]
    [InlineData("社区喊出“服务到家”，派出三个网格员。", "三个|网格员|3|个|exact")]
    // Chemical names count atoms with numerals: a list holding one still sums up to the count after it.
    [InlineData("除二氧化硫排放、氮氧化物排放两项指标外，其余均已达标。", "")]
    [InlineData("魏都区重点监测二氧化碳、一氧化碳两类气体。", "")]
    [InlineData("全市二氧化硫年均浓度为9微克/立方米。", "9微克/立方米|二氧化硫年均浓度|9|微克/立方米|exact")]
    // Place names built on a numeral and a machine's measure word.
    [InlineData("客商来自五台山、七台河市和三门峡。", "")]
    [InlineData("景区新购两台山地车和三台河道清淤机。", "两台|山地车|2|台|exact ; 三台|河道清淤机|3|台|exact")]
    // … followed by what is named after the place, or a county of the gazetteer that starts with the numeral.
    [InlineData("选手们从五台山体育中心出发，途经五台山景区。", "")]
    [InlineData("三台县和五台县的农技员来到现场。", "")]
    [InlineData("乡里为三台县道养护站配了两台压路机。", "两台|压路机|2|台|exact")]
    [InlineData("合作社新添三台收割机和五台播种机。", "三台|收割机|3|台|exact ; 五台|播种机|5|台|exact")]
    // A short quotation spoken in the first person or ending its own sentence is speech, not a slogan.
    [InlineData("“我今年62岁了。”老王笑着说。", "62岁|年龄|62|岁|exact")]
    [InlineData("“俺家今年种了5亩地！”", "5亩|地|5|亩|exact")]
    [InlineData("村里推行“一户一策”，落实“3个确保”。", "")]
    // A two-digit year before a part of the year or a month.
    [InlineData("19年底，魏都区完成老旧小区改造。", "")]
    [InlineData("项目20年初开工，18年3月立项。", "")]
    [InlineData("他在社区工作了19年3个月。", "19年3个月|社区工作|231|个月|exact")]
    public void Extract_NameOrFormulaLine_KeepsOnlyQuantities(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
