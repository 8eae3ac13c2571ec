namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Eighteenth round: kinds of page the corpus is thin on, in the grammar of Chinese news numbers in general. An evening
/// paper's consumer page, a health page, a weather and traffic column, a provincial economic bulletin and a court notice:
/// tenths after a change (增长一成), traffic counted per vehicle and ship (辆次, 艘次), calories and blood values, a noun
/// whose last letter is a link word (违法行为), modal verbs before a bound (不宜超过). Each rule with lines where the same
/// words stay as they were.
/// </summary>
public sealed class FigureEveningAndHealthPageTests
{
    [Theory]
    // 一成 closing its word counts tenths, as 两成 does.
    [InlineData("今年春节黄金周，全市商场销售额同比增长一成。", "一成|商场销售额同比增长|1|成|exact")]
    [InlineData("菜价增长了一成，肉价上涨两成。", "一成|菜价增长|1|成|exact ; 两成|肉价上涨|2|成|exact")]
    [InlineData("约有一成的受访者表示满意。", "约有一成|受访者|1|成|approx")]
    // 成 starting a word or an idiom after 一 is no tenth.
    [InlineData("一成不变的工作方式必须改变。", "")]
    [InlineData("这是唯一成功的一次尝试。", "")]
    [InlineData("统一成立了服务中心。", "")]
    public void Extract_TenthsLine_CountsOneTenthClosingItsWord(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // Traffic counted per vehicle, ship or voyage is one unit.
    [InlineData("春节期间，高速公路车流量达到每日8.5万辆次。", "8.5万辆次|高速公路车流量|85000|辆次|exact")]
    [InlineData("港口全年进出船舶1.2万艘次。", "1.2万艘次|港口全年进出船舶|12000|艘次|exact")]
    [InlineData("全市共有出租车1.2万辆，日均载客30万人次。", "1.2万辆|出租车|12000|辆|exact ; 30万人次|日均载客|300000|人次|exact")]
    // Calories and the values of a health page are measures; 千 before 卡 is the unit's, not a thousand.
    [InlineData("成年人每天摄入热量不宜超过2000千卡。", "不宜超过2000千卡|摄入热量|2000|千卡|at_most")]
    [InlineData("糖尿病患者空腹血糖应控制在7.0毫摩尔/升以下。", "7.0毫摩尔/升以下|糖尿病患者空腹血糖|7|毫摩尔/升|at_most")]
    [InlineData("每天吃盐不超过5克，油25至30克。", "不超过5克|吃盐|5|克|at_most ; 25|油|25|克|at_least ; 30克|油|30|克|at_most")]
    public void Extract_TrafficOrHealthLine_ReadsCompoundUnit(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A noun ending in a link word keeps it (行为 is not 行|为, 公共 not 公|共).
    [InlineData("春节期间全市共出动警力3200人次，查处违法行为1.5万起。", "3200人次|警力|3200|人次|exact ; 1.5万起|违法行为|15000|起|exact")]
    [InlineData("今年共纠正交通违法行为8600余起。", "8600余起|纠正交通违法行为|8600|起|over")]
    [InlineData("全市一般公共预算支出为512亿元。", "512亿元|一般公共预算支出|51200000000|元|exact")]
    // The link still goes where it links.
    [InlineData("全县粮食总产量为42.3万吨。", "42.3万吨|粮食总产量|423000|吨|exact")]
    [InlineData("全县共有规模以上工业企业87家。", "87家|规模以上工业企业|87|家|exact")]
    // A modal verb before a bound belongs to the sentence, not to what is measured; 供应 keeps its 应.
    [InlineData("儿童每天看屏幕时间不应超过1小时。", "不应超过1小时|看屏幕时间|1|小时|at_most")]
    [InlineData("全市蔬菜日供应3000吨。", "3000吨|蔬菜日供应|3000|吨|exact")]
    public void Extract_LinkWordLine_KeepsWordsEndingInLink(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A price linked to its amount names the subject before the link; the unit it is per (每公斤) names none.
    [InlineData("鸡蛋批发价为每公斤9.6元，环比下降5%。", "9.6元|鸡蛋批发价|9.6|元|exact ; 5%|鸡蛋批发价环比下降|5|%|exact")]
    [InlineData("该小区房价已涨到每平方米2.8万元。", "2.8万元|小区房价|28000|元|exact")]
    [InlineData("天然气价格上调为每立方米3.2元。", "3.2元|天然气价格|3.2|元|exact")]
    [InlineData("流转土地租金达到每亩1200元。", "1200元|流转土地租金|1200|元|exact")]
    [InlineData("早高峰期间，二环路平均车速为每小时25公里。", "25公里|二环路平均车速|25|公里|exact")]
    // A week or month opening the clause is when, not what (本周, 上月), as 今年 is.
    [InlineData("本周草莓零售价在每斤25元至35元之间。", "25元|草莓零售价|25|元|at_least ; 35元|草莓零售价|35|元|at_most")]
    [InlineData("上月全市PM2.5平均浓度为每立方米45微克。", "45微克|PM2.5平均浓度|45|微克|exact")]
    // With no link before 每 the words before it stay, as do a bound's (不低于) and a deed's (发放).
    [InlineData("前腿肉每斤18元左右。", "18元左右|前腿肉每斤|18|元|approx")]
    [InlineData("补偿标准不低于每亩1000元。", "1000元|补偿标准不低于每亩|1000|元|at_least")]
    [InlineData("为每户发放2000元。", "2000元|每户发放|2000|元|exact")]
    public void Extract_PricePerUnitLine_NamesSubjectBeforeLink(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A span or race time in two or three units, largest first, is one figure in its smallest unit.
    [InlineData("他以2小时08分17秒的成绩夺得男子马拉松冠军。", "2小时08分17秒|成绩|7697|秒|exact")]
    [InlineData("她以4分02秒的成绩排名第三。", "4分02秒|成绩|242|秒|exact")]
    [InlineData("被告人张某犯盗窃罪，判处有期徒刑一年六个月。", "一年六个月|判处有期徒刑|18|个月|exact")]
    [InlineData("他已经在村里工作了两年又三个月。", "两年又三个月|村里工作|27|个月|exact")]
    [InlineData("全程用时1小时20分钟。", "1小时20分钟|全程用时|80|分钟|exact")]
    // A time of result before 的成绩 is the result, as a length is.
    [InlineData("他以9秒97的成绩打破全国纪录。", "9秒97|成绩|9.97|秒|exact")]
    // A month of a date, a clock time, and a part as large as the unit above stay apart.
    [InlineData("2019年3月，他来到这里。", "")]
    [InlineData("比赛于9时30分开始。", "")]
    [InlineData("一年12个月都在外地。", "12个月|-|12|个月|exact")]
    public void Extract_RaceTimeOrSentenceLine_ReadsUnitsAsOneSpan(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // An age bound before a rate or measure of the group names the group; the figure after 达到 is that measure's, not a range's end.
    [InlineData("全市65岁以上老年人健康管理率达到72%。", "65岁以上|老年人|65|岁|over ; 72%|老年人健康管理率|72|%|exact")]
    [InlineData("全市3岁以下儿童系统管理率达到92%。", "3岁以下|儿童|3|岁|at_most ; 92%|儿童系统管理率|92|%|exact")]
    [InlineData("全市60岁以上老年人口达到120万人。", "60岁以上|老年人|60|岁|over ; 120万人|老年人口|1200000|人|exact")]
    // A change from one level to the next keeps one subject.
    [InlineData("该市空气优良率从70%提高到85%。", "70%|空气优良率|70|%|exact ; 85%|空气优良率|85|%|exact")]
    [InlineData("全县森林覆盖率从45%增长到52%。", "45%|森林覆盖率|45|%|exact ; 52%|森林覆盖率|52|%|exact")]
    public void Extract_HealthBulletinLine_LabelsMeasureAfterAgeBound(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // 最终, 最后 and a day alone before a head count are when; the deed after the count names the people.
    [InlineData("比赛共吸引3万名选手报名，最终1.2万人参赛。", "3万名|选手|30000|名|exact ; 1.2万人|参赛|12000|人|exact")]
    [InlineData("报名人数很多，最后800人入选。", "800人|入选|800|人|exact")]
    // With a noun of its own the time word stays part of it.
    [InlineData("最终成绩为12.5米。", "12.5米|最终成绩|12.5|米|exact")]
    public void Extract_SportsPageLine_ReadsTimeWordAsNoSubject(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
