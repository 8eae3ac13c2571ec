namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>Round 39: truckloads and heaps counted by 车 and 堆 where the grammar of a count is plain.</summary>
public sealed class FigureTruckloadTests
{
    [Theory]
    [InlineData("整治行动中，共清运垃圾37车，拆除违建12处。", "37车|37|车")]
    [InlineData("志愿者们一上午清理了49车建筑垃圾。", "49车|49|车")]
    [InlineData("春耕前，合作社往田里运送有机肥20车。", "20车|20|车")]
    [InlineData("截至目前，街道共清理柴火120余堆，整理招牌86个。", "120余堆|120|堆")]
    [InlineData("村里组织人手清除路边秸秆35堆。", "35堆|35|堆")]
    public void Extract_TruckloadsAndHeaps_AreCounts(string line, string expected)
    {
        Assert.Contains(expected, Counts(line));
    }

    [Theory]
    [InlineData("社区书记拉着一车从楼道清理出来的杂物往外走。", "车")]
    [InlineData("严格落实渣土车、运砂车、搅拌车“三车”管控。", "车")]
    [InlineData("她家门口堆着一堆柴火。", "堆")]
    [InlineData("路口两车相撞，所幸无人受伤。", "车")]
    [InlineData("二车间主任带领工人连夜抢修。", "车")]
    public void Extract_VehicleOrPileNotCounting_IsNoFigure(string line, string unit)
    {
        Assert.DoesNotContain(Counts(line), row => row.EndsWith("|" + unit, StringComparison.Ordinal));
    }

    private static List<string> Counts(string line) =>
        [.. FigureRows.Extract(line).Select(row => row.Split('|')).Select(f => $"{f[0]}|{f[2]}|{f[3]}")];
}
