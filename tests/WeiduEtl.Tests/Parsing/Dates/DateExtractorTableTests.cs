namespace WeiduEtl.Tests.Parsing.Dates;

/// <summary>Phrase → rows <c>text|date|precision|part_of_day</c>, with 2023 as the assumed year unless said otherwise.</summary>
public sealed class DateExtractorTableTests
{
    [Theory]
    [InlineData("8月15日，魏都区签约", "8月15日|2023-08-15|day|-")]
    [InlineData("8月12日晚，队员来到广场", "8月12日|2023-08-12|day|晚")]
    [InlineData("8月18日下午，区领导一行", "8月18日|2023-08-18|day|下午")]
    [InlineData("8月9日凌晨", "8月9日|2023-08-09|day|凌晨")]
    [InlineData("9月1日上午10时", "9月1日|2023-09-01|day|上午")]
    [InlineData("8月15号", "8月15号|2023-08-15|day|-")]
    [InlineData("成立于2021年4月", "2021年4月|2021-04-01|month|-")]
    [InlineData("于2021年10月份交付", "2021年10月份|2021-10-01|month|-")]
    [InlineData("今年的3月份开始施工", "今年的3月份|2023-03-01|month|-")]
    [InlineData("今年3月", "今年3月|2023-03-01|month|-")]
    [InlineData("去年12月", "去年12月|2022-12-01|month|-")]
    [InlineData("明年1月1日起施行", "明年1月1日|2024-01-01|day|-")]
    [InlineData("《关于做好2023年防汛工作的通知》", "2023年|2023-01-01|year|-")]
    [InlineData("2023年度考核", "2023年度|2023-01-01|year|-")]
    [InlineData("1999年", "1999年|1999-01-01|year|-")]
    [InlineData("2023年8月15日上午", "2023年8月15日|2023-08-15|day|上午")]
    [InlineData("二〇二三年八月十五日", "二〇二三年八月十五日|2023-08-15|day|-")]
    [InlineData("十二月三十一日", "十二月三十一日|2023-12-31|day|-")]
    [InlineData("2023-08-15", "2023-08-15|2023-08-15|day|-")]
    [InlineData("2023.8.15", "2023.8.15|2023-08-15|day|-")]
    [InlineData("7月1日起，开展专项活动", "7月1日|2023-07-01|day|-")]
    [InlineData("8月12日至15日", "8月12日|2023-08-12|day|- ; 15日|2023-08-15|day|-")]
    [InlineData("8月12—15日", "8月12|2023-08-12|day|- ; 15日|2023-08-15|day|-")]
    [InlineData("八月十二日至十五日", "八月十二日|2023-08-12|day|- ; 十五日|2023-08-15|day|-")]
    [InlineData("7至8月", "7|2023-07-01|month|- ; 8月|2023-08-01|month|-")]
    [InlineData("2021—2023年", "2021|2021-01-01|year|- ; 2023年|2023-01-01|year|-")]
    [InlineData("2022年12月至2023年1月", "2022年12月|2022-12-01|month|- ; 2023年1月|2023-01-01|month|-")]
    [InlineData("2021年4月至6月", "2021年4月|2021-04-01|month|- ; 6月|2021-06-01|month|-")]
    [InlineData("8月1日开工，3日完工", "8月1日|2023-08-01|day|- ; 3日|2023-08-03|day|-")]
    [InlineData("12日上午，座谈会召开", "12日|-|day|上午")]
    [InlineData("8月15日晚会", "8月15日|2023-08-15|day|-")]
    [InlineData("8月15日夜市", "8月15日|2023-08-15|day|-")]
    [InlineData("2月30日", "")]
    [InlineData("13月", "")]
    [InlineData("为期3个月", "")]
    [InlineData("每月15日", "")]
    [InlineData("每年3月", "")]
    [InlineData("近日，日前，今年以来，连日来", "")]
    [InlineData("300年历史", "")]
    [InlineData("23年", "")]
    [InlineData("第3网格", "")]
    [InlineData("一日三餐", "")]
    [InlineData("须在7日内办结", "")]
    [InlineData("1990年代", "")]
    public void Extract_Phrase_GivesExpectedRows(string phrase, string expected)
    {
        Assert.Equal(DateRows.Split(expected), DateRows.Extract(phrase, 2023));
    }

    [Fact]
    public void Extract_NoAssumedYear_KeepsTheSpanWithoutADate()
    {
        Assert.Equal(["8月15日|-|day|-", "2021年4月|2021-04-01|month|-"], DateRows.Extract("8月15日，回顾2021年4月", null));
    }

    [Fact]
    public void Extract_RelativeYearWithoutAssumedYear_HasNoDate()
    {
        Assert.Equal(["今年的3月份|-|month|-"], DateRows.Extract("今年的3月份", null));
    }
}
