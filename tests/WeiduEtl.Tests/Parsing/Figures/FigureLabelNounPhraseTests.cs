namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Label grammar of the fourth round, on made-up lines in several papers' styles: an inspection bulletin (查处, 处理,
/// quoted terms), a city daily (社区, 、-lists), a county paper, a feature (ages) and a business page (从…扩大到). None of
/// these lines is taken from a labelled page.
/// </summary>
public sealed class FigureLabelNounPhraseTests
{
    [Theory]
    // A clause ending in a verb of handling leaves its object out: the verb, with the words before it, names the count.
    [InlineData("对违规收费问题开展专项整治，全市共查处126起，退还费用38万元。", "126起|查处|126|起|exact ; 38万元|退还费用|380000|元|exact")]
    [InlineData("春节前，区总工会走访慰问困难职工家庭，共慰问412户。", "412户|慰问|412|户|exact")]
    [InlineData("其中，第二类对象谈话提醒帮助3200人次。", "3200人次|第二类对象谈话提醒帮助|3200|人次|exact")]
    // A short quoted term is part of the noun phrase around it, and alone it is the label without its marks.
    [InlineData("全市共查处“三乱”问题316起，处理210人。", "316起|“三乱”问题|316|起|exact ; 210人|处理|210|人|exact")]
    [InlineData("其中，“两违”建筑63处、“散乱污”企业18家。", "63处|“两违”建筑|63|处|exact ; 18家|“散乱污”企业|18|家|exact")]
    [InlineData("整改对象中，“空壳公司”12家。", "12家|空壳公司|12|家|exact")]
    // A bracketed gloss inside the counted noun is read over.
    // 第一书记, 防汛一线, 单位一把手: an ordinal after 第 and a word holding a numeral run on inside the noun; 一线 right after
    // a counted noun says where.
    [InlineData("魏都区选派30名第一书记到村任职。", "30名|第一书记|30|名|exact")]
    [InlineData("新提拔的干部中，有12人来自防汛一线。", "12人|来自防汛一线|12|人|exact")]
    [InlineData("全区25个单位一把手参加培训。", "25个|单位一把手|25|个|exact")]
    [InlineData("干部们走进8个村组一线，了解民情。", "8个|村组|8|个|exact")]
    [InlineData("全省已建成1260个村（社区）综合服务站。", "1260个|村（社区）综合服务站|1260|个|exact")]
    [InlineData("本市共设立86个街道（乡镇）便民服务中心。", "86个|街道（乡镇）便民服务中心|86|个|exact")]
    // A count before a 、-list whose later items have no count of their own counts the whole list.
    [InlineData("这次检查覆盖56个企业、商户经营场所。", "56个|企业、商户经营场所|56|个|exact")]
    [InlineData("活动吸引了3家银行、12家保险公司参加。", "3家|银行|3|家|exact ; 12家|保险公司|12|家|exact")]
    // 从A扩大到B: the verb links the two numbers, and both measure the subject before 从.
    [InlineData("废水处理能力从每日2万吨扩大到5万吨。", "2万吨|废水处理能力|20000|吨|exact ; 5万吨|废水处理能力|50000|吨|exact")]
    [InlineData("公司经营网点从120个拓展到156个。", "120个|公司经营网点|120|个|exact ; 156个|公司经营网点|156|个|exact")]
    // An age right before a word for a person is that person's; a verb after it names no one, so the age is just an age.
    [InlineData("家里还有位90多岁老人需要照料。", "90多岁|老人|90|岁|over")]
    [InlineData("一名12岁男孩在河边玩耍时落水。", "12岁|男孩|12|岁|exact")]
    [InlineData("他60岁退休后回到村里。", "60岁|年龄|60|岁|exact")]
    // A bare count of ten thousands before a long noun run counts the people it names first.
    [InlineData("今年将解决12.6万农村人口饮水安全问题。", "12.6万|农村人口|126000||exact")]
    // 组织 after 党 or 社会 is a noun, not the verb "organise".
    [InlineData("全市问责基层党组织120个、社会组织8个。", "120个|问责基层党组织|120|个|exact ; 8个|社会组织|8|个|exact")]
    // A demonstrative after an amount of money ends the fund it names.
    [InlineData("被挪用的20万元扶贫资金这么快就追回了。", "20万元|扶贫资金|200000|元|exact")]
    // A duration between a verb with 了 and its object measures the activity.
    [InlineData("我当了30多年村干部，见证了村里的变化。", "30多年|当村干部|30|年|over")]
    [InlineData("老张开了十年出租车。", "十年|开出租车|10|年|exact")]
    [InlineData("她从事了20年乡村教学工作。", "20年|从事乡村教学工作|20|年|exact")]
    // Adverbs of fullness before an amount (足足, 整整) are no label.
    [InlineData("到了年底，她靠卖花挣了足足3万元。", "3万元|她靠卖花挣|30000|元|exact")]
    // A share noun after words of its own names its share; after 分别 or 所占 it is of what the clause before names.
    [InlineData("现在是先看病后付费，报销比例85%。", "85%|报销比例|85|%|exact")]
    [InlineData("受访者最关心的是价格和质量，分别占比42%和35%。", "42%|价格占比|42|%|exact ; 35%|质量占比|35|%|exact")]
    // A share opening its clause with 占 is of what the figure before measured; 全国 and 全镇面积 stay whole.
    [InlineData("今年全市完成改造投资18.6亿元，占年度计划的92%。", "18.6亿元|改造投资|1860000000|元|exact ; 92%|改造投资占年度计划|92|%|exact")]
    [InlineData("全省粮食产量680亿斤，占全国的5.2%。", "680亿斤|粮食产量|68000000000|斤|exact ; 5.2%|粮食产量占全国|5.2|%|exact")]
    // A relative clause with no noun of its own (…的有, …的为) picks out a part of what the figure before counted.
    [InlineData("全市老旧小区共有4600个，其中需要改造的有2100个。", "4600个|老旧小区|4600|个|exact ; 2100个|需要改造的老旧小区|2100|个|exact")]
    [InlineData("全村共有农户320户，其中外出务工的为126户。", "320户|农户|320|户|exact ; 126户|外出务工的农户|126|户|exact")]
    public void Extract_NounPhraseLine_LabelsWhatTheFigureCounts(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
