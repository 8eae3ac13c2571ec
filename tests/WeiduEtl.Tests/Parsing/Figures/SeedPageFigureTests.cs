namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Every figure of the seed page, checked by hand, in page order. Left out on purpose: 五统一、三严禁、一规范,
/// 说十遍/做一遍/摆一次, 一件件, 一次次, 一桩桩, 一个/一把/一座 (articles), 八届五次, 第3网格, “五星”, 第一时间,
/// 六大条块 (a classification, not a count), 最后一米, 两癌, 发现一个、救助一个, and the dates.
/// </summary>
public sealed class SeedPageFigureTests
{
    private static readonly string[] Expected =
    [
        "90岁|年龄|90|岁|exact",
        "十来亩|西瓜|10|亩|approx",
        "8个|城管执法岗亭|8|个|exact",
        "约100亩|占地|100|亩|approx",
        "约10亿元|总投资|1000000000|元|approx",
        "540万颗|-|5400000|颗|exact",
        "超20亿元|年产值|2000000000|元|over",
        "11个|项目|11|个|exact",
        "24小时|-|24|小时|exact",
        "270余次|巡查车次|270|次|over",
        "566人|巡查人员|566|人|exact",
        "9人|站外救助|9|人|exact",
        "15份|物品|15|份|exact",
        "一个月|-|1|个月|exact",
        "56项|走访内容|56|项|exact",
        "80余名|工作人员|80|名|over",
        "24个|网格|24|个|exact",
        "141户|走访群众|141|户|exact",
        "312人次|走访|312|人次|exact",
        "37条|问题意见建议|37|条|exact",
        "94家|商户|94|家|exact",
        "5件|商户诉求|5|件|exact",
        "4家|中微小企业经营者|4|家|exact",
        "3个|小区|3|个|exact",
        "7栋|楼|7|栋|exact",
        "约1.2米|护栏高度|1.2|米|approx",
        "7天|-|7|天|exact",
        "不超过10厘米|钢丝间距|10|厘米|at_most",
        "50厘米|-|50|厘米|exact",
        "40余万元|花费|400000|元|over",
        "7栋|楼|7|栋|exact",
        "6次|系列活动|6|次|exact",
    ];

    [Fact]
    public void Extract_EverySeedLine_FindsExactlyTheHandCheckedFigures()
    {
        var found = SeedPage.Lines().SelectMany(FigureRows.Extract).ToList();

        Assert.Equal(Expected, found);
    }

    [Fact]
    public void Extract_SeedProjectLine_FoldsMagnitudesAndKeepsQualifiers()
    {
        var line = SeedPage.Lines().Single(l => l.Contains("总投资", StringComparison.Ordinal));

        Assert.Equal(
            ["约100亩|占地|100|亩|approx", "约10亿元|总投资|1000000000|元|approx", "540万颗|-|5400000|颗|exact", "超20亿元|年产值|2000000000|元|over"],
            FigureRows.Extract(line));
    }
}
