namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Twenty-eighth round (issue 19): the rules that made-up local-paper lines found missing. 羽, 尾, 匹, 首, 幅, 堂 and 人份 count
/// birds, fish, horses, songs, pictures, lessons and doses; 眼, 段 and 方 count wells, stretches and cubic metres of earth in
/// digits; 7天无理由 is a right and 家住18栋 an address; a part after 其中 with its own head noun is labelled alone; 这套 and
/// 这场 name nothing; a share before villagers or households and what they do measures them.
/// Rows are <c>text|label|value|unit|qualifier</c>.
/// </summary>
public sealed class FigureLocalPageRuleTests
{
    [Theory]
    // A farm's, a culture page's or a works report's measure word counts: birds (羽), fish fry (尾), songs (首), pictures (幅), lessons
    // (堂), doses (人份); wells (眼) and stretches (段) after Arabic digits; cubic metres of earth (方) after Arabic digits or their magnitude.
    [InlineData("合作社养殖鸡鸭3万羽。", "3万羽|合作社养殖鸡鸭|30000|羽|exact")]
    [InlineData("池塘里投放鱼苗5万尾。", "5万尾|池塘里投放鱼苗|50000|尾|exact")]
    [InlineData("他创作了歌曲30多首，书画作品200余幅。", "30多首|歌曲|30|首|over ; 200余幅|书画作品|200|幅|over")]
    [InlineData("社区开设公益课堂50堂。", "50堂|社区开设公益课堂|50|堂|exact")]
    [InlineData("施工队共运走渣土10万方。", "10万方|运走渣土|100000|方|exact")]
    [InlineData("全村共修建水窖300眼。", "300眼|修建水窖|300|眼|exact")]
    [InlineData("老街共改造路段3段，总长1.2公里。", "3段|改造路段|3|段|exact ; 1.2公里|总长|1.2|公里|exact")]
    [InlineData("新冠疫苗已接种300万人份。", "300万人份|接种|3000000|人份|exact")]
    [InlineData("全镇共养殖肉羊1.2万只、家禽5万羽。", "1.2万只|养殖肉羊|12000|只|exact ; 5万羽|家禽|50000|羽|exact")]
    [InlineData("工地共开挖土方3000方。", "3000方|开挖土方|3000|方|exact")]
    [InlineData("村里养了三匹马。", "三匹|马|3|匹|exact")]
    [InlineData("新打机井12眼，铺设管道8000米。", "12眼|新打机井|12|眼|exact ; 8000米|铺设管道|8000|米|exact")]
    public void Extract_FarmCultureAndWorksMeasureWord_Counts(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // The same letters where they count nothing: eyes, a while, parties and aspects, the first time, a dark horse, feathers, an end.
    [InlineData("他从小就有一双明亮的两眼。", "")]
    [InlineData("一段时间以来，他每天坚持锻炼。", "")]
    [InlineData("双方就此达成一致，三方会谈将于下周举行。", "")]
    [InlineData("这在3方面体现得很明显。", "")]
    [InlineData("他享受首次购房优惠。", "")]
    [InlineData("这支球队杀出了一匹黑马。", "")]
    [InlineData("他戴着羽毛球拍上场。", "")]
    [InlineData("比赛进入尾声。", "")]
    public void Extract_MeasureWordInAWord_IsNoFigure(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A span before 无理由 names a consumer's right; a building's number after 住 says where one lives.
    [InlineData("网购商品享受7天无理由退货。", "")]
    [InlineData("消费者可享受十五天无理由退换货服务。", "")]
    [InlineData("家住18栋的王阿姨很满意。", "")]
    [InlineData("住在5幢的居民已全部撤离。", "")]
    [InlineData("他家住在3幢，离学校不远。", "")]
    [InlineData("这一片有居民楼18栋。", "18栋|居民楼|18|栋|exact")]
    public void Extract_RightOrDwellingNumber_IsNoFigure(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A part after 其中 that shares its noun's head with the figure before is a label of its own; a demonstrative and its measure
    // word name nothing (这套, 这场, 这段); a share of villagers or households doing something is of them.
    [InlineData("该区今年计划新建停车位3000个，其中公共停车位1200个。", "3000个|计划新建停车位|3000|个|exact ; 1200个|公共停车位|1200|个|exact")]
    [InlineData("这套房子面积120平方米。", "120平方米|房子面积|120|平方米|exact")]
    [InlineData("这场比赛共有观众5000人。", "5000人|观众|5000|人|exact")]
    [InlineData("这段公路全长12公里。", "12公里|公路全长|12|公里|exact")]
    [InlineData("该种植基地面积300亩。", "300亩|种植基地面积|300|亩|exact")]
    [InlineData("近八成受访家庭拥有私家车。", "近八成|受访家庭|8|成|approx")]
    public void Extract_PartDemonstrativeOrShareSubject_IsLabelled(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
