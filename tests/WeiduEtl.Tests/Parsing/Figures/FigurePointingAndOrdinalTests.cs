namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Numbers a reader never takes as figures (sixteenth round, from the rule-writing pages' unlabelled articles and made-up
/// lines): a count pointing back with 上述 or 以上, an ordinal's 第 reaching over a 、-list, and a two-digit year of birth
/// as a clause of its own. Made-up lines in a city daily's and a county newsletter's style, each rule with a line where the
/// same words count.
/// </summary>
public sealed class FigurePointingAndOrdinalTests
{
    [Theory]
    [InlineData("上述三家企业已全部完成整改。", "")]
    [InlineData("解决了以上两个问题，工程才能顺利推进。", "")]
    [InlineData("全市60岁以上两万名老人可免费体检。", "60岁以上|年龄|60|岁|over ; 两万名|老人|20000|名|exact")]
    [InlineData("北斗第五十二、五十三颗卫星成功发射。", "")]
    [InlineData("村里新修了3条、改造了5条道路。", "3条|村里新修|3|条|exact ; 5条|道路|5|条|exact")]
    [InlineData("“我都算老的了，80年的。”小王笑着说。", "")]
    [InlineData("这位老党员已在村里工作了30年。", "30年|村里工作|30|年|exact")]
    public void Extract_PointingOrOrdinalLine_KeepsOnlyQuantities(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
