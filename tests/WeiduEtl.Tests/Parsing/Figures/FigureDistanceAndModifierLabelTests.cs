namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Thirty-fifth round (issue 19), labels from the misses of the other papers' pages: a length after 距 names a distance
/// (距县城20公里的村庄 → 距县城; 两地相距 keeps its subject), not the place after its 的; a describing modifier of bearing (印有…字样的, 刻有…的) between a
/// measure word and its noun is read over to the head noun, quotation marks and all; a length before a channel or a belt
/// (水渠, 示范带) measures it. Rows are <c>text|label|value|unit|qualifier</c>.
/// </summary>
public sealed class FigureDistanceAndModifierLabelTests
{
    [Theory]
    // A county paper's village feature, a provincial paper's travel page and a city paper's transport news.
    [InlineData("距昭阳城区20公里的巡龙村因柳树闻名。", "20公里|距昭阳城区|20|公里|exact")]
    [InlineData("该村距县城约15公里，交通便利。", "约15公里|距县城|15|公里|approx")]
    [InlineData("两地相距300多公里。", "300多公里|两地相距|300|公里|over")]
    public void Extract_LengthAfterJu_IsTheDistance(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // Lengths with no 距 keep their own nouns: a road, a channel and a belt.
    [InlineData("该村修建了5.5公里水渠。", "5.5公里|水渠")]
    [InlineData("依托沿河3.8公里农文旅示范带建设，村容大变。", "3.8公里|农文旅示范带")]
    [InlineData("全县新建12公里的乡村公路。", "12公里|乡村公路")]
    // 距 in a noun of spacing is no distance.
    [InlineData("树苗株距约1.5米。", "约1.5米|树苗株距")]
    public void Extract_LengthWithoutJu_KeepsItsNoun(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line).Select(row => string.Join('|', row.Split('|')[..2])));
    }

    [Theory]
    // A temple's restoration, a museum's catalogue and a school's honour roll.
    [InlineData("修缮时又发现273块印有“兴安书院”字样的红瓦。", "273块|红瓦")]
    [InlineData("馆内收藏了40余块刻有古代铭文的石碑。", "40余块|石碑")]
    [InlineData("学校评出12名具有高级职称的教师。", "12名|教师")]
    // A modifier that describes nothing leaves the plain noun before 的 counted.
    [InlineData("5家企业的产值超过10亿元。", "5家|企业 ; 超过10亿元|产值")]
    public void Extract_CountBeforeABearingModifier_CountsTheHeadNoun(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line).Select(row => string.Join('|', row.Split('|')[..2])));
    }

    [Theory]
    // A clause that holds 距 but whose length measures a road built there, or a spacing kept (社交距离保持在…).
    [InlineData("距县城不远处新修了3公里道路。", "3公里|道路")]
    [InlineData("社交距离保持在1米以上。", "1米以上|社交距离")]
    public void Extract_LengthOfARouteOrASpacingInAClauseWithJu_IsNoDistance(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line).Select(row => string.Join('|', row.Split('|')[..2])));
    }
}
