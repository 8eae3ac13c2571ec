namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Seventeenth round: kinds of page the rule-writing set is thin on. The penalties of a law's articles (bounds printed
/// back to back, 以上 then 以下, are a range; days of detention), ages in biographies that name no one, years of other
/// calendars, episodes of a series, basis points and the parts an essay is divided into; spans of speech (三年两年, 十年八年),
/// a floor after its building, an honour in quotation marks and a rate's base written after it. Made-up lines in the style of a
/// law's full text, a county paper's history column, an evening paper's culture page and a financial daily, each rule
/// with a line where the same words stay as they were.
/// </summary>
public sealed class FigureLawAndBiographyTests
{
    [Theory]
    // Bounds back to back are one range: at least the lower, at most the upper, both of what follows.
    [InlineData("处违法所得二倍以上五倍以下的罚款。", "二倍以上|罚款|2|倍|at_least ; 五倍以下|罚款|5|倍|at_most")]
    [InlineData("对单位处三万元以上十万元以下的罚款。", "三万元以上|罚款|30000|元|at_least ; 十万元以下|罚款|100000|元|at_most")]
    [InlineData("处违法所得百分之十以上百分之五十以下的罚款。", "百分之十以上|罚款|10|%|at_least ; 百分之五十以下|罚款|50|%|at_most")]
    [InlineData("景区日接待游客上万人次。", "上万人次|游客|10000|人次|over")]
    // A bound before a rate's 每 and its noun bounds the amount per unit; without a bound the amount is exact.
    [InlineData("补偿标准不低于每亩1000元。", "1000元|补偿标准不低于每亩|1000|元|at_least")]
    [InlineData("为每户发放2000元。", "2000元|每户发放|2000|元|exact")]
    [InlineData("违者处五日以上十日以下拘留。", "五日以上|拘留|5|日|at_least ; 十日以下|拘留|10|日|at_most")]
    // A bound or term written straight before the penalty's noun is that penalty's, 的 or not.
    [InlineData("没收违法所得，并处违法所得一倍以上三倍以下罚款。", "一倍以上|罚款|1|倍|at_least ; 三倍以下|罚款|3|倍|at_most")]
    [InlineData("情节严重的，处三年以上七年以下有期徒刑。", "三年以上|有期徒刑|3|年|at_least ; 七年以下|有期徒刑|7|年|at_most")]
    [InlineData("法院判处其有期徒刑两年，缓刑三年。", "两年|有期徒刑|2|年|exact ; 三年|缓刑|3|年|exact")]
    // A bound on its own keeps its reading; two bounds with words between are two figures.
    [InlineData("全县60岁以上老人有3万人。", "60岁以上|老人|60|岁|over ; 3万人|老人|30000|人|exact")]
    [InlineData("年收入8万元以上的农户逐年增多。", "8万元以上|年收入|80000|元|over")]
    // 日 counts days before a bound; a day of the month before 以上午 does not.
    [InlineData("本周3日以上午场为主。", "")]
    public void Extract_PenaltyLine_ReadsBoundsAsRange(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // An age that names no one measures an age.
    [InlineData("1948年秋，他在阻击战中牺牲，时年27岁。", "27岁|年龄|27|岁|exact")]
    [InlineData("他牺牲时年仅19岁。", "19岁|年龄|19|岁|exact")]
    [InlineData("1983年，老人因病去世，享年71岁。", "71岁|年龄|71|岁|exact")]
    // An age that names its person keeps the person.
    [InlineData("这位老人已经90岁了。", "90岁|老人|90|岁|exact")]
    [InlineData("全村60岁以上老人有120人。", "60岁以上|老人|60|岁|over ; 120人|老人|120|人|exact")]
    // A pronoun names no one a table could name.
    [InlineData("1941年，年仅16岁的她参加了游击队。", "16岁|年龄|16|岁|exact")]
    public void Extract_BiographyLine_LabelsAgeByWhatItMeasures(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A year of another calendar is a date.
    [InlineData("佛历2564年新年前夕，清迈街头张灯结彩。", "")]
    [InlineData("据伊朗历1399年统计，该国粮食产量增长6%。", "6%|粮食产量增长|6|%|exact")]
    // Episodes of a series count; 集 starting a word does not.
    [InlineData("这部电视剧共36集，网络播放量突破20亿次。", "36集|部电视剧|36|集|exact ; 突破20亿次|网络播放量|2000000000|次|over")]
    [InlineData("三集团联合成立了两集中采购平台。", "")]
    // Characters of a text count after digits or a magnitude, never after a bare numeral.
    [InlineData("这本文集共收录文章56篇，计38万字。", "56篇|收录文章|56|篇|exact ; 38万字|收录文章|380000|字|exact")]
    [InlineData("他每天临写《千字文》，路过红十字会的站点。", "")]
    // Currencies of international pages are units of money, the name of the country with them where it is the currency's.
    [InlineData("该项目总投资达50亿人民币。", "50亿人民币|项目总投资|5000000000|人民币|exact")]
    [InlineData("两国贸易额折合约3270亿肯尼亚先令。", "约3270亿肯尼亚先令|两国贸易额折合|327000000000|肯尼亚先令|approx")]
    [InlineData("该国将向基础设施投入800亿坚戈。", "800亿坚戈|基础设施投入|80000000000|坚戈|exact")]
    // Basis points are a unit of their own.
    [InlineData("央行将贷款利率下调15个基点。", "15个基点|贷款利率下调|15|个基点|exact")]
    // The parts an essay is divided into are its structure.
    [InlineData("全书分为四个部分，共收录文章56篇。", "56篇|收录文章|56|篇|exact")]
    [InlineData("晚会分为三个篇章，时长120分钟。", "120分钟|时长|120|分钟|exact")]
    public void Extract_CalendarEpisodeOrPartLine_KeepsOnlyQuantities(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // Two spans of one unit back to back say "a few years", measuring none; one span, or two units (one span in months), still measure.
    [InlineData("这件事三年两年办不成，就是十年八年也要办。", "")]
    [InlineData("一天两天看不出变化，要久久为功。", "")]
    [InlineData("他在海岛上守了三年，又在边关干了八年。", "三年|海岛上守|3|年|exact ; 八年|边关干|8|年|exact")]
    [InlineData("工程历时两年五个月。", "两年五个月|工程历时|29|个月|exact")]
    // A floor written straight after its building is which floor; a count of floors has a verb or 共 between.
    [InlineData("某小区住宅楼6层突然起火，消防员8分钟赶到现场。", "8分钟|-|8|分钟|exact")]
    [InlineData("这栋楼共24层，住着300多户居民。", "24层|栋楼|24|层|exact ; 300多户|居民|300|户|over")]
    // A count inside quotation marks closed by 之一 or 称号 names an honour.
    [InlineData("他被评为“100位为家乡作出贡献的人物”之一。", "")]
    [InlineData("她获得“全国三八红旗手”称号，带领团队完成订单12万件。", "12万件|订单|120000|件|exact")]
    // The one unit of money a rate is given in, written after it.
    [InlineData("当日汇率为7.05元兑1美元。", "7.05元|当日汇率|7.05|元|exact")]
    [InlineData("当天网点为旅客兑换外币折合人民币80万元。", "80万元|旅客兑换外币折合人民币|800000|元|exact")]
    // 载 counts years of written style; not in 千载难逢 or as the verb "carry"; 一年半载 is "a year or so".
    [InlineData("五十载春秋，这所乡村小学走出了3000多名学生。", "五十载|-|50|载|exact ; 3000多名|学生|3000|名|over")]
    [InlineData("这是千载难逢的机遇，一艘载有60名游客的游船靠岸。", "60名|游客|60|名|exact")]
    [InlineData("这事一年半载办不完。", "")]
    // A span numbered by an ordinal before a plan's verb names the plan.
    [InlineData("第一个五年计划期间，全省新建工厂210座。", "210座|新建工厂|210|座|exact")]
    [InlineData("全县三年计划投资5亿元。", "三年|-|3|年|exact ; 5亿元|计划投资|500000000|元|exact")]
    public void Extract_RhetoricalOrNamedLine_KeepsOnlyQuantities(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A bare magnitude with 余 or 多 and a unit is "more than" it; without them it is a word.
    [InlineData("全年开展送戏下乡活动千余场。", "千余场|送戏下乡活动|1000|场|over")]
    [InlineData("这座古镇有百多年历史，万余名游客慕名而来。", "百多年|历史|100|年|over ; 万余名|游客慕名而来|10000|名|over")]
    [InlineData("老百姓的日子越过越好，千家万户用上了自来水。", "")]
    // 旬 counts decades of an age after 年近, 年过; 上旬 is part of a month.
    [InlineData("年近八旬的老人仍在田间劳作。", "近八旬|老人|8|旬|approx")]
    [InlineData("本月上旬，全县完成秋播。", "")]
    // 番 counts doublings after 翻; 一番话 and 三番五次 are words.
    [InlineData("到2025年，全县农民收入比2015年翻一番。", "一番|农民收入翻|1|番|exact")]
    [InlineData("他说了一番话，三番五次地来找。", "")]
    // 届 counts editions after 连续 or a verb of holding; 十九届 numbers a sitting.
    [InlineData("这项赛事已举办6届。", "6届|举办|6|届|exact")]
    [InlineData("党的十九届四中全会在北京召开。", "")]
    // 毛 is a tenth of a yuan before 钱 or a break; 毛泽东 and 毛衣 are words.
    [InlineData("一袋多挣2毛钱。", "2毛|一袋多挣|2|毛|exact")]
    [InlineData("毛泽东同志指出，要织好3毛衣。", "")]
    [InlineData("作家三毛，一生漂泊。", "")]
    // A division of the gazetteer that starts at the numeral is a name, whatever the unit after the numeral.
    [InlineData("新疆五家渠市的棉花丰收了，全市新建5家合作社。", "5家|合作社|5|家|exact")]
    // 人 before 民 is the noun 人民, counted without a unit.
    [InlineData("这是14亿人民的共同心愿。", "14亿|人民|1400000000||exact")]
    // A fraction in words is a figure with its value and no unit; 十分之 is "very".
    [InlineData("经全体成员三分之二以上同意，可以修改章程。", "三分之二以上|经全体成员|0.666667||over")]
    [InlineData("这是一个十分之重要的问题。", "")]
    public void Extract_SpokenOrRoundLine_ReadsTheCount(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
