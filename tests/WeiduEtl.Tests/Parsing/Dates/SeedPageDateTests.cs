using WeiduEtl.Parsing.Dates;
using WeiduEtl.Tests.Parsing.Figures;

namespace WeiduEtl.Tests.Parsing.Dates;

/// <summary>
/// Every date of the seed page, checked by hand, in page order, with the year inferred from the page (2023,
/// from 《关于做好2023年…》). Not dates: 今年 alone, 近日, 日前, 连日来, 今年以来, 周二 (no month printed).
/// </summary>
public sealed class SeedPageDateTests
{
    private static readonly string[] Expected =
    [
        "8月12日|2023-08-12|day|晚",
        "8月15日|2023-08-15|day|-",
        "8月18日|2023-08-18|day|下午",
        "2023年|2023-01-01|year|-",
        "7月1日|2023-07-01|day|-",
        "8月14日|2023-08-14|day|上午",
        "8月15日|2023-08-15|day|-",
        "2021年4月|2021-04-01|month|-",
        "2021年10月份|2021-10-01|month|-",
        "今年的3月份|2023-03-01|month|-",
        "8月17日|2023-08-17|day|上午",
    ];

    [Fact]
    public void Extract_EverySeedLine_FindsExactlyTheHandCheckedDates()
    {
        var lines = SeedPage.Lines();
        var year = new RuleBasedDateExtractor().InferYear(lines);

        var found = lines.SelectMany(l => DateRows.Extract(l, year)).ToList();

        Assert.Equal(Expected, found);
    }
}
