namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Nineteenth round: a weather column, a sports page and a city bulletin, kinds of page the corpus is thin on. Wind force and
/// a quake's magnitude on their scales (北风3到4级, 6.5级地震) and goals (攻入15球) measure; 级 as a grade (三级医院) and 球
/// as a ball or a word (球队) do not. Points gathered (积27分) are 积分; a change on a like-for-like basis (同口径增长) takes
/// the subject of the clause before, as 同比增长 does; a building's number after its estate closes an address.
/// </summary>
public sealed class FigureWeatherAndSportsTests
{
    [Theory]
    // Wind force is read on its scale after the wind; a range's lower bound borrows the level.
    [InlineData("明天白天，北风3到4级，最高气温12摄氏度。", "3|北风|3|级|at_least ; 4级|北风|4|级|at_most ; 12摄氏度|最高气温|12|摄氏度|exact")]
    [InlineData("夜间阵风6级，请市民注意防范。", "6级|夜间阵风|6|级|exact")]
    [InlineData("受冷空气影响，沿海风力可达7级。", "7级|沿海风力|7|级|exact")]
    // A quake's magnitude and a gale's force stand before the word.
    [InlineData("当地发生6.5级地震，震源深度10千米。", "6.5级|地震|6.5|级|exact ; 10千米|震源深度|10|千米|exact")]
    // 级 as a grade, a response level or part of a name stays out.
    [InlineData("该院是三级甲等医院，已启动一级响应。", "")]
    [InlineData("省里启动地震四级应急响应。", "")]
    [InlineData("全市启动四级地震应急响应。", "")]
    [InlineData("景区被评为国家5A级旅游景区。", "")]
    [InlineData("新建万吨级泊位3个。", "3个|新建万吨级泊位|3|个|exact")]
    [InlineData("全市有二级以上医院28家。", "28家|二级以上医院|28|家|exact")]
    public void Extract_WeatherLine_ReadsForceOnItsScale(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // Goals scored or conceded are counted in 球.
    [InlineData("本赛季他已攻入15球，助攻8次。", "15球|攻入|15|球|exact ; 8次|助攻|8|次|exact")]
    [InlineData("他在比赛中打进2球。", "2球|比赛中打进|2|球|exact")]
    // 球 starting a word, or after no verb of scoring, is no goal.
    [InlineData("他先后效力过3球队。", "")]
    [InlineData("全市建成3个足球场。", "3个|足球场|3|个|exact")]
    // A score and a win-draw-loss record are results, not amounts; the points gathered are 积分.
    [InlineData("主队最终以3比1战胜客队。", "")]
    [InlineData("中国女排3∶1战胜对手。", "")]
    [InlineData("该队本赛季8胜3平2负，积27分，排名第二。", "27分|积分|27|分|exact")]
    // 面积 and 体积 end in 积 but are nouns.
    [InlineData("考试成绩累积达到600分。", "600分|考试成绩累积|600|分|exact")]
    [InlineData("这块承包地面积8分。", "8分|承包地面积|8|分|exact")]
    public void Extract_SportsLine_CountsGoalsAndPoints(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A change on a like-for-like basis is of the subject of the clause before.
    [InlineData("全市工业增加值同比增长6.2%，同口径增长5.8%。", "6.2%|工业增加值同比增长|6.2|%|exact ; 5.8%|工业增加值同口径增长|5.8|%|exact")]
    [InlineData("全市社会消费品零售总额达到3200亿元，按同口径增长7.5%。",
        "3200亿元|社会消费品零售总额|320000000000|元|exact ; 7.5%|社会消费品零售总额按同口径增长|7.5|%|exact")]
    [InlineData("全县财政收入同口径增长4.1%。", "4.1%|财政收入同口径增长|4.1|%|exact")]
    public void Extract_LikeForLikeChange_TakesSubjectBefore(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A building's number after its estate's name, closing the clause, is an address.
    [InlineData("他住在幸福小区12栋。", "")]
    [InlineData("事发地点位于阳光花园8幢，消防员迅速赶到。", "")]
    // The estate's buildings counted stay.
    [InlineData("幸福小区有12栋。", "12栋|幸福小区|12|栋|exact")]
    [InlineData("阳光花园12栋住宅楼全部完工。", "12栋|住宅楼|12|栋|exact")]
    // A kind of building (公寓) counted, and gardens counted in 座, are no address.
    [InlineData("今年新建人才公寓3栋。", "3栋|新建人才公寓|3|栋|exact")]
    [InlineData("今年建成社区花园5座。", "5座|社区花园|5|座|exact")]
    public void Extract_EstateBuildingNumber_IsAnAddress(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A term before 期 is the term of the loan or bond, a span as 5年期 of a loan is; the figures after keep the bond's name.
    [InlineData("10年期国债收益率下行5个基点至3.15%。",
        "10年|-|10|年|exact ; 5个基点|期国债收益率下行|5|个基点|exact ; 3.15%|期国债收益率下行|3.15|%|exact")]
    [InlineData("他在服刑三年期间表现良好。", "三年|-|3|年|exact")]
    public void Extract_TermBeforeQi_IsASpan(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A price per share or per night names the subject before the link, as 每公斤 does.
    [InlineData("该股收盘价为每股12.5元。", "12.5元|股收盘价|12.5|元|exact")]
    [InlineData("酒店房价为每晚680元。", "680元|酒店房价|680|元|exact")]
    public void Extract_PricePerShareOrNight_NamesSubjectBeforeLink(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // An age before 的 is of the person word after it, an artist, a teacher or a veteran too, though a verb runs on.
    [InlineData("这位83岁的老艺术家仍活跃在舞台上。", "83岁|老艺术家|83|岁|exact")]
    [InlineData("78岁的老专家每天坚持上班。", "78岁|老专家|78|岁|exact")]
    [InlineData("年过七旬的老教师为学生义务辅导。", "七旬|老教师|7|旬|exact")]
    public void Extract_AgeBeforeMastersWord_IsThatPersons(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A word of time after the measured noun starts what is said of it (5亩茶园|去年收入).
    [InlineData("他家的5亩茶园去年收入2万多元。", "5亩|茶园|5|亩|exact ; 2万多元|茶园去年收入|20000|元|over")]
    [InlineData("村里的300亩果园今年喜获丰收。", "300亩|果园|300|亩|exact")]
    public void Extract_TimeWordAfterMeasuredNoun_EndsTheNoun(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // Doses are counted per dose given (剂次) and per dose (剂).
    [InlineData("截至目前，累计接种疫苗120万剂次。", "120万剂次|接种疫苗|1200000|剂次|exact")]
    [InlineData("医生为他开了3剂中药。", "3剂|中药|3|剂|exact")]
    // A clause saying up to when a figure is counted names nothing it counts.
    [InlineData("截至发稿时，已有2万余人次报名。", "2万余人次|-|20000|人次|over")]
    public void Extract_DosesAndTimeLimits(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A family's members are counted in 口 before 人 or after the family; 年头 counts years.
    [InlineData("全家5口人挤在一间小屋里。", "5口|全家|5|口|exact")]
    [InlineData("歹徒杀害了同乡一家5口。", "5口|同乡一家|5|口|exact")]
    [InlineData("他扎根山村已经整整40个年头。", "40个年头|他扎根山村|40|个年头|exact")]
    // The sayings 一家三口 and 五口之家, 一口气 and a well's 口 are no count of a family; 第十个年头 is an ordinal.
    [InlineData("一家三口其乐融融。", "")]
    [InlineData("这是一个五口之家。", "")]
    [InlineData("今年是公司走过的第十个年头。", "")]
    [InlineData("他一口气跑完了全程。", "")]
    [InlineData("村里新打了三口井。", "")]
    public void Extract_FamilyMembersAndYears(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
