namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>Round 40's figure rules, on lines made up in the styles of county, provincial and trade papers.</summary>
public sealed class FigureBuildersLengthTests
{
    /// <summary>延长米 and 横延米 are builders' lengths (of a road, a ditch, a culvert), not the verb 延长 before 米.</summary>
    [Theory]
    [InlineData("今年为该村硬化村道3400延长米。", "3400延长米")]
    [InlineData("全线建成桥梁12座、近2万延长米，工程进展顺利。", "近2万延长米")]
    [InlineData("新修排水沟860横延米，解决了积水问题。", "860横延米")]
    public void Extract_BuildersLength_IsOneFigure(string line, string text)
    {
        Assert.Contains(FigureRows.Extract(line), row => row.StartsWith(text + "|", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("工期延长3个月后，道路全长3400米。", "3400米")]
    [InlineData("跑道由400米延长至800米。", "400米")]
    public void Extract_PlainMetres_StayMetres(string line, string text)
    {
        Assert.Contains(FigureRows.Extract(line), row => row.StartsWith(text + "|", StringComparison.Ordinal));
        Assert.DoesNotContain(FigureRows.Extract(line), row => row.Contains("延长米", StringComparison.Ordinal));
    }
}
