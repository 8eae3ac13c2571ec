namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Twenty-seventh round (issue 19): the rules that made-up lines in other papers' styles found missing. An event named by
/// its date with a middle dot (8·12事故), a model or caption number before a word that starts like a unit (865处理器,
/// 图1本报记者摄), 度 as "times" (三度入选), 成 starting a word (G20成员), a congress numbered without 届 (省十二次党代会), a span
/// naming a system (四年制, 8小时工作制) are no figures; votes count (621票赞成); a bound set with a modal (不得超过) bounds;
/// 有效率, 寿命 and 部委 are what they measure; 1/4决赛 and 三四名决赛 are rounds and places, 十年寒窗 a saying; an age in
/// brackets after a name is that person's (张某（男，35岁）).
/// Rows are <c>text|label|value|unit|qualifier</c>.
/// </summary>
public sealed class FigureAdversarialRuleTests
{
    [Theory]
    // A month and a day joined by a middle dot name an event by its date, whatever word follows the day.
    [InlineData("8·12天津港爆炸事故调查报告公布。", "")]
    [InlineData("7·20特大暴雨灾害调查报告发布。", "")]
    [InlineData("每年的3·15前后，消协都会发布投诉报告。", "")]
    // A decimal point is no such dot: 8.12天 is a span of days.
    [InlineData("该院平均住院日为8.12天。", "8.12天|平均住院日|8.12|天|exact")]
    [InlineData("患者平均住院8天，比上年缩短1.2天。", "8天|患者平均住院|8|天|exact ; 1.2天|比上年缩短|1.2|天|exact")]
    public void Extract_DayAfterAMonthAndAMiddleDot_IsADate(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A word that starts like a measure word after a model's or a caption's number: 处理器, 本报, 笔者, 票房.
    [InlineData("骁龙865处理器性能强劲。", "")]
    [InlineData("图1本报记者张三摄", "")]
    [InlineData("图2笔者摄", "")]
    [InlineData("全国票房达到642亿元。", "642亿元|票房|64200000000|元|exact")]
    // The same measure words counting: places, books, loans.
    [InlineData("检查发现安全隐患3处，已全部整改。", "3处|检查发现安全隐患|3|处|exact")]
    [InlineData("他向图书室捐赠图书200本。", "200本|图书室捐赠图书|200|本|exact")]
    [InlineData("全县共发放贷款1200笔。", "1200笔|贷款|1200|笔|exact")]
    [InlineData("这套设备能处理5吨垃圾。", "5吨|垃圾|5|吨|exact")]
    public void Extract_NumberBeforeAWordStartingLikeAUnit_IsNoCount(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A Chinese numeral with 度 before a verb says how many times.
    [InlineData("他三度入选国家队，两度夺冠。", "")]
    [InlineData("该企业一度陷入困境。", "")]
    // Degrees of temperature and of power still measure: at a clause's end, before 的, before the noun measured, in digits.
    [InlineData("零下三度的严寒中，他们坚守岗位。", "零下三度|严寒|-3|度|exact")]
    [InlineData("气温升高了两度。", "两度|气温升高|2|度|exact")]
    [InlineData("这个月家里用了两百度电。", "两百度|电|200|度|exact")]
    [InlineData("当天最高气温达38度。", "38度|当天最高气温|38|度|exact")]
    public void Extract_DuBeforeAVerb_CountsTimesNotDegrees(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // 成 starting a word (成员, 成为, 成立) is no tenth.
    [InlineData("G20成员国领导人出席峰会。", "")]
    [InlineData("15个成员国的代表出席会议。", "15个|成员国|15|个|exact")]
    // Tenths before a bound, a noun or a clause's end.
    [InlineData("全市三成以上的企业已复工。", "三成以上|企业|3|成|over")]
    [InlineData("销售额增长两成。", "两成|销售额增长|2|成|exact")]
    [InlineData("超过八成受访者表示满意。", "超过八成|受访者|8|成|over")]
    // After a Chinese numeral, 家, 年 and 品 start what the tenths measure (三成家庭, 六成年轻人, 八成品牌).
    [InlineData("调查显示，三成家庭拥有汽车。", "三成|家庭|3|成|exact")]
    [InlineData("近六成年轻人选择线上购票。", "近六成|年轻人|6|成|approx")]
    public void Extract_ChengStartingAWord_IsNoTenth(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A party's or a league's congress is numbered without 届: a Chinese numeral with 次 before one is its number.
    [InlineData("省十二次党代会胜利闭幕。", "")]
    [InlineData("市十三次党代会召开。", "")]
    [InlineData("十三届全国人大三次会议在京开幕。", "")]
    // Congresses counted in digits stay a count.
    [InlineData("五年来，全县共召开3次党代会。", "五年|-|5|年|exact ; 3次|党代会|3|次|exact")]
    public void Extract_CongressNumber_IsAnOrdinal(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A span before 制 or a word for a system of work names the system.
    [InlineData("他考入一所四年制本科院校。", "")]
    [InlineData("学校开设三年制中职班。", "")]
    [InlineData("推行8小时工作制。", "")]
    [InlineData("医院实行24小时值班制。", "")]
    // 制定 after a span is the verb; a span worked is a figure.
    [InlineData("他用三年制定了村里的发展规划。", "三年|-|3|年|exact")]
    [InlineData("他每天工作8小时，一年没有休息。", "8小时|工作|8|小时|exact")]
    public void Extract_SpanNamingASystem_IsNoFigure(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // Votes are counted in 票; before the way they were cast, that is what they are.
    [InlineData("欧洲议会以621票赞成、49票反对、3票弃权通过决议。",
        "621票|赞成票|621|票|exact ; 49票|反对票|49|票|exact ; 3票|弃权票|3|票|exact")]
    [InlineData("该候选人获得2.3万票。", "2.3万票|候选人获得|23000|票|exact")]
    // 一票否决 is a rule, not one vote.
    [InlineData("对违规行为实行一票否决。", "")]
    public void Extract_Votes_AreCounted(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A fraction before a knockout round names the round; the places a match decides are no head count.
    [InlineData("男单1/4决赛今晚打响。", "")]
    [InlineData("她在1/8决赛中淘汰了对手。", "")]
    [InlineData("她在三四名决赛中获胜。", "")]
    [InlineData("中国队将参加五六名排位赛。", "")]
    // A share and a head count in the same words still count.
    [InlineData("去年，约1/3的居民接种了疫苗。", "约1/3|居民接种|0.333333||approx")]
    [InlineData("全市共有三四名志愿者在岗。", "三四名|志愿者在岗|3|名|approx")]
    public void Extract_RoundOrPlaceOfAMatch_IsNoFigure(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // Sayings and lines of policy built on numerals count nothing; a mountain named by a numeral and 台 before a copula is a name.
    [InlineData("十年寒窗苦读，他终于圆了大学梦。", "")]
    [InlineData("三个臭皮匠，顶个诸葛亮。", "")]
    [InlineData("他常说：“一个篱笆三个桩，一个好汉三个帮。”", "")]
    [InlineData("坚持一个中心、两个基本点。", "")]
    [InlineData("全省三次产业结构不断优化。", "")]
    [InlineData("坚持“两个确立”，做到“两个维护”。", "")]
    [InlineData("五台山是佛教圣地。", "")]
    // Years of study and machines counted stay figures.
    [InlineData("他苦读十年，终于考上大学。", "十年|他苦读|10|年|exact")]
    [InlineData("村里新添两台山地车。", "两台|山地车|2|台|exact")]
    public void Extract_SayingOrPlaceName_IsNoFigure(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // Police and court news print a person's age in brackets after the name: the age is that person's.
    [InlineData("犯罪嫌疑人张某（男，35岁）被刑事拘留。", "35岁|犯罪嫌疑人张某|35|岁|exact")]
    [InlineData("被告人李某某（女，42岁，农民）当庭认罪。", "42岁|被告人李某某|42|岁|exact")]
    [InlineData("肇事司机王某（34岁）已被控制。", "34岁|肇事司机王某|34|岁|exact")]
    // A bracket after no name, or closed before the age, names no one.
    [InlineData("村民老刘（化名）今年68岁。", "68岁|年龄|68|岁|exact")]
    public void Extract_AgeInBracketsAfterAName_IsThatPersons(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A bound a rule sets with a modal (不得, 不能, 不应, 不宜) bounds as the plain 不超过 and 不低于 do.
    [InlineData("车辆时速不得超过120公里。", "不得超过120公里|车辆时速|120|公里|at_most")]
    [InlineData("单笔转账不能超过5万元。", "不能超过5万元|单笔转账|50000|元|at_most")]
    [InlineData("上课时间不宜超过40分钟。", "不宜超过40分钟|上课时间|40|分钟|at_most")]
    [InlineData("每间宿舍面积不应低于20平方米。", "不应低于20平方米|每间宿舍面积|20|平方米|at_least")]
    [InlineData("每次申领不得少于3人。", "不得少于3人|每次申领|3|人|at_least")]
    // Without the negation the verb still says the number was passed.
    [InlineData("单笔转账超过5万元。", "超过5万元|单笔转账|50000|元|over")]
    public void Extract_BoundSetWithAModal_IsAtMostOrAtLeast(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // 有效率 and 有效期 are nouns, not 有 and 效率.
    [InlineData("新药的有效率达到85%以上。", "85%以上|有效率|85|%|over")]
    [InlineData("该车的有效期为两年。", "两年|有效期|2|年|exact")]
    // A life span is measured in years of age, and names itself.
    [InlineData("该市人均寿命达到80.5岁。", "80.5岁|人均寿命|80.5|岁|exact")]
    [InlineData("全省人均预期寿命提高到78岁。", "78岁|人均预期寿命|78|岁|exact")]
    // Years served in the police, as in the party or the army, are measured by the span before them.
    [InlineData("他有着20年警龄。", "20年|警龄|20|年|exact")]
    [InlineData("他是一名有着30年党龄的老党员。", "30年|党龄|30|年|exact")]
    // 部委, as 部门, is what is counted.
    [InlineData("中央8部委联合发文。", "8部委|部委|8|部委|exact")]
    [InlineData("国务院5部门联合印发通知。", "5部门|部门|5|部门|exact")]
    public void Extract_NounStartingWithAFunctionWord_IsWholeLabel(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
