namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Label grammar of the sixth round, on made-up lines in a district newsletter's style (社区, 街道, 居民), a county
/// bulletin's (全县, 合作社, 村里), a court report's (判令, 退还) and a provincial daily's (全省, 地区生产总值): what a verb's
/// object, a noun after 的, a span before its noun and a duration closing its clause measure; units and set phrases that
/// decide whether there is a figure at all. None of these lines is taken from a labelled page.
/// </summary>
public sealed class FigureLabelObjectTests
{
    [Theory]
    // 人口 after a count of ten thousands is the noun counted, not the unit 人; 人民 is read whole.
    [InlineData("这座城市拥有1200万人口。", "1200万|人口|12000000||exact")]
    [InlineData("新修的公路让沿线10万库区人民摆脱世代贫困。", "10万|库区人民|100000||exact")]
    [InlineData("全省4000多万人口大市场潜力巨大。", "4000多万|人口|40000000||over")]
    // A verb with 了 takes the figure as its object: the figure measures the noun after 的, not the verb.
    [InlineData("居民们预交了上千元的物业费。", "上千元|物业费|1000|元|over")]
    // The 还 of 退还, 返还 and 归还 gives back; the label keeps the verb.
    [InlineData("法院判令被告退还原告张某3.6万元。", "3.6万元|法院判令被告退还原告张某|36000|元|exact")]
    // An amount before a verb of buying or spending on pays for that verb's object.
    [InlineData("合作社出资80万元购置冷藏设备。", "80万元|购置冷藏设备|800000|元|exact")]
    [InlineData("村里拿出20万元用于修缮祠堂。", "20万元|用于修缮祠堂|200000|元|exact")]
    [InlineData("省里下拨的专项资金中，有60%将用于农村公路建设。", "60%|用于农村公路建设|60|%|exact")]
    // 这笔 points back like 这个; it names nothing.
    [InlineData("这笔补助资金共计50万元。", "50万元|补助资金|500000|元|exact")]
    // A span right before a noun of history or of years served is that noun.
    [InlineData("这座拥有800多年建城史的古城吸引了大批游客。", "800多年|建城史|800|年|over")]
    [InlineData("老党员王大爷有着50年党龄。", "50年|党龄|50|年|exact")]
    // A level crossed or stood on (台阶, 大关) frames the figure, which measures the subject of the verb of reaching.
    [InlineData("全市地区生产总值迈上了5000亿元的台阶。", "5000亿元|地区生产总值|500000000000|元|exact")]
    // 意味着 opens a clause of its own; the subject starts after it.
    [InlineData("这意味着全县农民人均纯收入达到了1.5万元。", "1.5万元|农民人均纯收入|15000|元|exact")]
    // A duration bounded by 内 before a verb is the time allowed for the deed; 日 before 内 is a duration, not a date.
    [InlineData("行政机关应当在三十日内作出答复。", "三十日内|作出答复期限|30|日|at_most")]
    [InlineData("市场监管部门要求商家30日内退还预付款。", "30日内|退还预付款期限|30|日|at_most")]
    [InlineData("5月10日内蒙古召开会议。", "")]
    [InlineData("每月1日发放养老金。", "")]
    // After a light verb (实现, 做到) the activity the duration runs over names it alone.
    [InlineData("社区卫生服务站实现了24小时值守。", "24小时|值守|24|小时|exact")]
    // A duration closing its clause after a verb says how long the verb went on; adverbs before the verb are no part of it.
    [InlineData("村里过去每天只通电4个小时，晚上点煤油灯。", "4个小时|通电|4|个小时|exact")]
    [InlineData("他在这家工厂工作了30年。", "30年|工厂工作|30|年|exact")]
    [InlineData("经过3年，村里通了自来水。", "3年|-|3|年|exact")]
    [InlineData("老李来村里已经3年了。", "3年|老李来村里|3|年|exact")]
    // After a verb of spending time, the deed 才 or 就 introduces takes the time; spending alone names nothing.
    [InlineData("货车要花两天时间才能通过。", "两天|通过|2|天|exact")]
    [InlineData("他用了5年时间，把荒山变成了果园。", "5年|-|5|年|exact")]
    // A stretch from one place to another is what a duration after it takes.
    [InlineData("过去从山上到乡里要走4个小时，现在通了公路。", "4个小时|山上到乡里|4|个小时|exact")]
    // After 每 and a measure word it is how long each one lasts.
    [InlineData("活动分为三期，每期两个月。", "两个月|每期|2|个月|exact")]
    [InlineData("篮球赛每节10分钟。", "10分钟|篮球赛每节|10|分钟|exact")]
    // A list item with a bracketed gloss ends at the gloss, though a verb runs on after it.
    [InlineData("全省89个县、市（区）经省政府批准的示范园区共有156家。", "89个|县、市（区）|89|个|exact ; 156家|示范园区|156|家|exact")]
    // After an amount of a substance the noun after 的 is what was measured, though a verb runs on after it.
    [InlineData("每年约600万吨的煤炭运往沿海各地电厂。", "约600万吨|煤炭运往沿海各地电厂|6000000|吨|approx")]
    // 课时 and 节 count lessons; 三八节 is a festival and 两节 the two holidays of the new year.
    [InlineData("课程总时长为48课时。", "48课时|课程总时长|48|课时|exact")]
    [InlineData("学校每周开设3节体育课。", "3节|体育课|3|节|exact")]
    [InlineData("社区在三八节前夕慰问了20名困难妇女。", "20名|困难妇女|20|名|exact")]
    [InlineData("两节期间，全市加强市场监管。", "")]
    // A count before 户均 is no reduplicated measure word (一户户).
    [InlineData("合作社带动贫困户126户户均增收8000元。", "126户|贫困户|126|户|exact ; 8000元|户均增收|8000|元|exact")]
    // The 于 of a comparative is no cut: what is compared stays in the label.
    [InlineData("贷款利率低于同期市场水平0.5个百分点。", "0.5个百分点|贷款利率低于同期市场水平|0.5|个百分点|exact")]
    // Idioms and names built on numerals hold no count.
    [InlineData("工作人员三番五次上门劝说。", "")]
    [InlineData("市民买年货时货比三家。", "")]
    [InlineData("全省查处违反中央八项规定精神问题126起。", "126起|违反中央八项规定精神问题|126|起|exact")]
    public void Extract_MadeUpLine_LabelsWhatTheFigureMeasures(string line, string expected) =>
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
}
