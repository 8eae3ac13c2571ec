using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Dates;

/// <summary>
/// The shapes of a printed date. Years are four digits 19xx/20xx (Arabic, full width or 二〇二三); months
/// 1–12 and days 1–31 in Arabic or Chinese numerals. A two-digit "23年" is not read as a year.
/// </summary>
internal static partial class DatePatterns
{
    private const string Y = "(?<y>(?:19|20)[0-9]{2}|１９[０-９]{2}|２０[０-９]{2}|[一二][〇零九][〇零一二三四五六七八九]{2})";
    private const string M = "(?<m>1[0-2]|0?[1-9]|１[０-２]|０?[１-９]|十[一二]?|[一二三四五六七八九])";
    private const string D = "(?<d>3[01]|[12][0-9]|0?[1-9]|３[０１]|[１２][０-９]|０?[１-９]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])";
    private const string ArabicDay = "(?<d>3[01]|[12][0-9]|0?[1-9]|３[０１]|[１２][０-９]|０?[１-９])";
    private const string Joint = "(?:至|到|[~～]|[-－—–]{1,2})";
    private const string NotAfterNumber = "(?<![0-9０-９〇零一二两三四五六七八九十])";

    /// <summary>2021年, 2023年度, 2021年4月, 2021年10月份, 2023年8月15日.</summary>
    [GeneratedRegex(NotAfterNumber + Y + "年(?!代|级)(?:度|" + M + "月(?:份|" + D + "[日号])?)?")]
    public static partial Regex YearFirst();

    /// <summary>今年的3月份, 去年12月, 明年1月1日: the year is the assumed year moved by the word.</summary>
    [GeneratedRegex("(?<rel>今年|去年|前年|明年)的?" + M + "月(?:份|" + D + "[日号])?")]
    public static partial Regex RelativeYear();

    /// <summary>8月15日, 8月15号, 八月十五日, 3月份, 7月.</summary>
    [GeneratedRegex(NotAfterNumber + "(?<![年第每个])" + M + "月(?:份|" + D + "[日号])?")]
    public static partial Regex MonthFirst();

    /// <summary>15日 alone (Arabic digits only: 一日三餐 is not a date; 7日内 is a span of days).</summary>
    [GeneratedRegex("(?<![0-9０-９月号])" + ArabicDay + "日(?!内|以内|之内)")]
    public static partial Regex DayOnly();

    /// <summary>十五日 after a range joint: 八月十二日至十五日.</summary>
    [GeneratedRegex("(?<=" + Joint + ")" + D + "[日号]")]
    public static partial Regex ChineseDayAfterJoint();

    /// <summary>2023-08-15, 2023.8.15, 2023/8/15.</summary>
    [GeneratedRegex("(?<![0-9０-９])(?<y>(?:19|20)[0-9]{2})[-/.．](?<m>1[0-2]|0?[1-9])[-/.．](?<d>3[01]|[12][0-9]|0?[1-9])(?![0-9０-９])")]
    public static partial Regex Numeric();

    /// <summary>The first year of 2021—2023年 or 2021至2023年, printed without 年.</summary>
    [GeneratedRegex(NotAfterNumber + Y + "(?=" + Joint + "(?:19|20|１９|２０|[一二][〇零九])[0-9０-９〇零一二三四五六七八九]{2}年)")]
    public static partial Regex YearHead();

    /// <summary>The first month of 7至8月 or 7—8月, printed without 月.</summary>
    [GeneratedRegex(NotAfterNumber + "(?<![月第每个])" + M + "(?=" + Joint + "(?:1[0-2]|0?[1-9]|１[０-２]|０?[１-９]|十[一二]?|[一二三四五六七八九])月)")]
    public static partial Regex MonthHead();

    /// <summary>The first day of 8月12—15日, printed without 日.</summary>
    [GeneratedRegex(NotAfterNumber + "(?<![年第每个])" + M + "月" + D + "(?=" + Joint + "(?:3[01]|[12][0-9]|0?[1-9]|[十二三]?十?[一二三四五六七八九十]?)[日号])")]
    public static partial Regex DayHead();

    /// <summary>A range joint standing exactly between two dates.</summary>
    [GeneratedRegex("^" + Joint + "$")]
    public static partial Regex JointOnly();

    /// <summary>A year as the year-inference rule counts it: a four-digit year followed by 年, or a numeric date.</summary>
    [GeneratedRegex(NotAfterNumber + Y + "(?=年)|(?<![0-9０-９])(?<y>(?:19|20)[0-9]{2})(?=[-/.．](?:1[0-2]|0?[1-9])[-/.．](?:3[01]|[12][0-9]|0?[1-9])(?![0-9]))")]
    public static partial Regex PrintedYear();
}
