namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Thirty-fifth round (issue 19), labels from the misses of the other papers' pages: a figure straight after a field's name
/// and a colon is that field's value (温度：21—27摄氏度, 票价:30元), when the name is a noun opening its clause; 车道 is a unit
/// that is its own noun (双向8车道). Rows are <c>text|label|value|unit|qualifier</c>.
/// </summary>
public sealed class FigureFieldAndNounUnitLabelTests
{
    [Theory]
    // A community notice board, a property advertisement and a theatre's listing, with ASCII and full-width colons.
    [InlineData("小小气象站,时间:7月16日,温度:21—27摄氏度,天气:阴。", "21|温度|21|摄氏度|at_least ; 27摄氏度|温度|27|摄氏度|at_most")]
    [InlineData("户型介绍：建筑面积：120平方米，三室两厅。", "120平方米|建筑面积|120|平方米|exact")]
    [InlineData("演出信息：票价:80元，学生半价。", "80元|票价|80|元|exact")]
    public void Extract_FigureAfterAFieldNameAndColon_IsThatField(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A colon after a verb of saying, or inside a clause, names no field.
    [InlineData("他说：3年来村里变化很大。", "3年|-")]
    [InlineData("记者了解到，全市今年新建学校:12所。", "12所|-")]
    public void Extract_FigureAfterAColonThatNamesNoField_KeepsItsLabel(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line).Select(row => string.Join('|', row.Split('|')[..2])));
    }

    [Theory]
    // Road reports of a city paper, a provincial paper and a county paper.
    [InlineData("拓宽后的新安街为双向8车道。", "8车道|车道")]
    [InlineData("改造后主干道由4车道增至6车道。", "4车道|车道 ; 6车道|车道")]
    [InlineData("大桥设计为双向六车道，全长3.2公里。", "六车道|车道 ; 3.2公里|全长")]
    public void Extract_LanesOfARoad_AreTheirOwnNoun(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line).Select(row => string.Join('|', row.Split('|')[..2])));
    }

    [Theory]
    // A lead-in before a colon (亮点：, 成果：) introduces a count of a noun that follows it, which the count labels.
    [InlineData("本次活动亮点：3个项目，总投资5亿元。", "3个|项目")]
    [InlineData("主要成果：12项技术获得专利。", "12项|技术")]
    public void Extract_CountOfANounAfterALeadInColon_KeepsItsNoun(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line).Take(1).Select(row => string.Join('|', row.Split('|')[..2])));
    }
}
