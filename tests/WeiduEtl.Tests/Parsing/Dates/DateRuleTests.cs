using WeiduEtl.Parsing.Dates;

namespace WeiduEtl.Tests.Parsing.Dates;

/// <summary>Every date carries the shape that read it (provenance, the dates table's rule column).</summary>
public sealed class DateRuleTests
{
    [Theory]
    [InlineData("2023年8月15日上午", "date-year-first")]
    [InlineData("去年12月", "date-relative-year")]
    [InlineData("2023-08-15", "date-numeric")]
    [InlineData("8月15日，魏都区签约", "date-month-first")]
    [InlineData("12日上午，座谈会召开", "date-day-only")]
    [InlineData("8月12日至15日", "date-month-first ; date-day-only")]
    [InlineData("八月十二日至十五日", "date-month-first ; date-range-day-tail")]
    [InlineData("7至8月", "date-range-month-head ; date-month-first")]
    [InlineData("2021—2023年", "date-range-year-head ; date-year-first")]
    public void Extract_EachShape_NamesItsRule(string body, string rules) =>
        Assert.Equal(DateRows.Split(rules), new RuleBasedDateExtractor().Extract(body, 2023).Select(d => d.Rule));
}
