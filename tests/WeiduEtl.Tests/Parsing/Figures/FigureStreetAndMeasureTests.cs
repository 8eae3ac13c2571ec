namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Thirty-fifth round (issue 19), from the misses of the other papers' pages: streets and estates named with a Chinese
/// numeral and a measure word (两站小区, 三元城路, 东四条路) hold no figure; a count right after two opposite sides sums them
/// up (南北两个大门口); 选择 is a category noun (面临两个选择); lanes (双向6车道), couplets and gloves (500副), crops a year
/// (一年3茬) and the decades of an old person's age (八旬老人) are measured. Rows are <c>text|label|value|unit|qualifier</c>.
/// </summary>
public sealed class FigureStreetAndMeasureTests
{
    [Theory]
    // A city paper's estate story, a county paper's street lamps and a provincial paper's traffic report.
    [InlineData("两站小区的居民早早起床，两站社区的志愿者已在门口等候。")]
    [InlineData("夜幕降临，三元城路的路灯亮了起来。")]
    [InlineData("家住五元街的王大爷说，路修好了。")]
    [InlineData("雨水于西二条路、东四条路交叉口处排入河道。")]
    [InlineData("八亩巷是老城区里最窄的一条巷子。")]
    public void Extract_StreetOrEstateNamedWithANumeral_IsNoFigure(string line)
    {
        Assert.Empty(FigureRows.Extract(line));
    }

    [Theory]
    // Measure words that count estates, streets and money stay counts.
    [InlineData("全镇今年修了四条路。", "四条|路|4|条|exact")]
    [InlineData("城东两条路今年拓宽。", "两条|路|2|条|exact")]
    [InlineData("公交票价为三元。", "三元|公交票价|3|元|exact")]
    [InlineData("街道今年完成两个小区的改造。", "两个|小区|2|个|exact")]
    public void Extract_CountOfStreetsOrMoney_StaysAFigure(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A community paper's notice board, a station's exits and a crossroads.
    [InlineData("小区南北两个大门口各有一块小黑板。")]
    [InlineData("车站东西两个出口都装了监控。")]
    [InlineData("路口东南西北四个方向的车辆排起了长队。")]
    // A category noun counted: what a person chooses between.
    [InlineData("毕业时，她面临两个选择。")]
    public void Extract_CountSummingUpSidesOrChoices_IsNoFigure(string line)
    {
        Assert.Empty(FigureRows.Extract(line));
    }

    [Theory]
    // One side, or one compound point of the compass, is no list of sides.
    [InlineData("城东两个村今年通了自来水。", "两个|村|2|个|exact")]
    [InlineData("西北两个省今年降水偏少。", "两个|省|2|个|exact")]
    public void Extract_CountAfterOneSide_StaysAFigure(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A road report, a festival page, a farm story and an elders' feature.
    [InlineData("书法家现场义写500副春联。", "500副|春联|500|副|exact")]
    [InlineData("工会为环卫工人送去30副手套。", "30副|手套|30|副|exact")]
    [InlineData("大棚蔬菜一年可种3茬，每茬收入2万元。", "3茬|大棚蔬菜一年可种|3|茬|exact ; 2万元|每茬收入|20000|元|exact")]
    [InlineData("参加活动的有八旬老人，也有学龄儿童。", "八旬|老人|8|旬|exact")]
    public void Extract_LanesPairsCropsAndDecadesOfAge_AreMeasured(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // Lanes of a road, in a city paper's and a provincial paper's road reports (value, unit and qualifier; the label of a
    // count whose unit is its own noun is left to the label rules).
    [InlineData("新安街由原来的双向6车道拓宽为双向8车道。", "6|车道|exact ; 8|车道|exact")]
    [InlineData("拓宽后的新安街为双向八车道。", "8|车道|exact")]
    [InlineData("这条高速公路全线为4车道，设计时速120公里。", "4|车道|exact ; 120|公里|exact")]
    public void Extract_LanesOfARoad_AreCounted(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line).Select(row => string.Join('|', row.Split('|')[2..])));
    }

    [Theory]
    // The indefinite 一 before 副 and 茬, and 旬 as a third of a month.
    [InlineData("他戴着一副眼镜。")]
    [InlineData("韭菜割了一茬又一茬。")]
    [InlineData("活动将于下月中旬举行。")]
    public void Extract_IndefiniteOneOrPartOfAMonth_IsNoFigure(string line)
    {
        Assert.Empty(FigureRows.Extract(line));
    }

    [Theory]
    // Stops counted before 路 in a commuter's or a city paper's transport story: the ride's distance, no street.
    [InlineData("从小区到地铁站只有两站路。", "两站|站|2|站|exact")]
    [InlineData("换乘后再坐三站路，就到了。", "三站|站|3|站|exact")]
    public void Extract_StopsCountedBeforeRoad_StayAFigure(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
