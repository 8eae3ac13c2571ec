namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>Round 39: quoted terms built on a number stay names when the article uses them again without the marks.</summary>
public sealed class FigureQuotedTermTests
{
    [Theory]
    [InlineData("超市推出“1元菜”“2元菜”，居民说还有1元菜，真实惠。", "1元")]
    [InlineData("村民用“3个百分之百”形容过去：百分之百住土坯房，百分之百的农户喝山塘水。", "百分之百")]
    [InlineData("社区打造“15分钟生活圈”，居民在15分钟生活圈里就能办事。", "15分钟")]
    [InlineData("实现“两个一百年”奋斗目标，第一个一百年已经实现。", "一百年")]
    public void Extract_QuotedTermUsedAgain_IsNoFigure(string line, string text)
    {
        Assert.DoesNotContain(Counts(line), row => row.StartsWith(text + "|", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("推出“1元菜”后，一天卖出1元的青菜300斤。", "300斤|300|斤")]
    [InlineData("他说“菜价1元”不算贵，全年补贴1元菜价。", "1元|1|元")]
    [InlineData("村里提出“5年翻番”，5年来收入增长了2倍。", "2倍|2|倍")]
    [InlineData("“2万元”的补贴到账后，又领到2万元奖金。", "2万元|20000|元")]
    public void Extract_FigureNotStartingQuotedTerm_Stays(string line, string expected)
    {
        Assert.Contains(expected, Counts(line));
    }

    private static List<string> Counts(string line) =>
        [.. FigureRows.Extract(line).Select(row => row.Split('|')).Select(f => $"{f[0]}|{f[2]}|{f[3]}")];
}
