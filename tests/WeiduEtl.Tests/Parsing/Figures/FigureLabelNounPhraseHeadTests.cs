namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Label grammar of the eighth round, the noun a figure measures, on made-up lines in a national daily's style (全省, 全国,
/// 企业) and a city daily's district page (区里, 街道, 社区, 魏都区): money before a noun of investment, credit or income,
/// a count of 户次 or 人次 before the people it is of, an age before a word for a person ending in 民 or 客, a figure after
/// 将 measuring the noun after 的 up to 用于, subjects listed before 分别 paired with their figures, a head count before a
/// verb of benefit, and a clause of 共计 or 合计 alone counting the object that ends the clause before. None of these lines
/// is taken from a labelled page; each fails without its rule.
/// </summary>
public sealed class FigureLabelNounPhraseHeadTests
{
    [Theory]
    // Money right before a noun of money put in, lent or earned is that money.
    [InlineData("今年一季度，全省新签约项目带来120亿元投资。", "120亿元|投资|12000000000|元|exact")]
    [InlineData("区里为辖区小微企业争取到3000万元授信。", "3000万元|授信|30000000|元|exact")]
    [InlineData("社区就业车间让留守妇女每月有2500元收入。", "2500元|收入|2500|元|exact")]
    // A count of visits or turns is of the people or households after it.
    [InlineData("全国农业保险去年向5000万户次受灾农户支付赔款。", "5000万户次|受灾农户|50000000|户次|exact")]
    [InlineData("春节期间，魏都区各景区接待12万人次游客。", "12万人次|游客|120000|人次|exact")]
    // An age right before a word for a person is that person's, 乘客 and 居民 as much as 老人.
    [InlineData("一名45岁乘客在列车上突发疾病。", "45岁|乘客|45|岁|exact")]
    [InlineData("社区为72岁居民王某送去了棉被。", "72岁|居民王某|72|岁|exact")]
    // After 将 the figure and the noun after its 的 are the object moved; 用于 ends that noun.
    [InlineData("企业每年将超过5%的销售收入用于研发。", "超过5%|销售收入|5|%|over")]
    [InlineData("街道今年将超过60%的经费用于老旧小区改造。", "超过60%|经费|60|%|over")]
    // Subjects listed before 分别 share the last one's head and take the figures in order.
    [InlineData("全省粮食、油料、蔬菜产量分别达到3400万吨、320万吨和5600万吨。",
        "3400万吨|粮食产量|34000000|吨|exact ; 320万吨|油料产量|3200000|吨|exact ; 5600万吨|蔬菜产量|56000000|吨|exact")]
    [InlineData("全区城镇和农村居民人均可支配收入分别为3.6万元和1.9万元。",
        "3.6万元|城镇居民人均可支配收入|36000|元|exact ; 1.9万元|农村居民人均可支配收入|19000|元|exact")]
    // A head count before a verb of benefit closing the clause counts those who benefit.
    [InlineData("这个扶贫车间带动周边600多人就业。", "600多人|周边就业|600|人|over")]
    [InlineData("街道扶贫车间吸纳周边120人就业。", "120人|街道扶贫车间吸纳周边就业|120|人|exact")]
    // A clause of 共计 or 合计 alone counts the object ending the clause before it.
    [InlineData("全省去年完成了农村危房改造任务，共计12.5万户。", "12.5万户|农村危房改造任务|125000|户|exact")]
    [InlineData("街道今年为辖区老人安装了紧急呼叫器，合计360台。", "360台|紧急呼叫器|360|台|exact")]
    public void Extract_MadeUpLine_LabelsTheNounMeasured(string line, string expected) =>
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
}
