using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// Years the date scanner leaves, written with 年 as a duration is:
/// <list type="bullet">
/// <item>after 公元 or 公元前 (公元1077年, 公元前221年) or the name of another calendar (佛历2563年, 伊朗历1398年, 藏历
/// 2146年, 令和2年): an era names a year, whatever its count;</item>
/// <item>a year of history, which the date scanner (1900 to 2099) leaves: four digits in brackets glossing the year
/// before them (明成化十五年（1479年）), or after 于 (建于1736年), before a month or part of the year (1840年6月), or four
/// digits that are not a round hundred (1840年，…) unless a span's words frame them (已有1350年历史, 1279年来);</item>
/// <item>a year shortened to two digits: written with a leading zero (05年), before 出生 or 生人 (80年出生), or as what a
/// person is after 是 or as a clause of its own (他是95年的小伙子, 我是80年的，, 我都算老的了，80年的。): the year of birth; or before a part of the year (19年底, 20年初,
/// 18年3月): a point in time.</item>
/// </list>
/// 工作了30年, 这是30年的坚守 stay durations.
/// </summary>
internal static class YearNumbers
{
    private static readonly string[] Eras = ["公元前", "公元", "佛历", "伊斯兰历", "希吉来历", "伊朗历", "波斯历", "回历", "藏历", "傣历", "彝历",
        "尼泊尔历", "令和", "平成", "昭和"];

    private static readonly string[] BirthWords = ["出生", "生人"];

    /// <summary>Nouns of a person that a birth year before 的 describes (95年的小伙子).</summary>
    private static readonly string[] PersonNouns = ["小伙子", "小伙", "姑娘", "女孩", "男孩", "年轻人", "人"];

    public static bool IsYear(string body, FigureCandidate figure)
    {
        if (figure.Unit != "年" || figure.Start != figure.NumberStart || figure.Qualifier != FigureQualifier.Exact)
        {
            return false;
        }
        var beforeEnd = body.AsSpan(0, figure.Start).TrimEnd(' ').Length;
        if (body.EndsWithAnyAt(beforeEnd, Eras))
        {
            return true;
        }
        if (figure.NumberText.Length == 4 && figure.NumberText.All(char.IsAsciiDigit))
        {
            return IsHistoricYear(body, figure);
        }
        return figure.NumberText.Length == 2 && figure.NumberText.All(char.IsAsciiDigit) && IsShortYear(body, figure);
    }

    /// <summary>Words before a number of years that make it a span (已有1350年, 长达1200年).</summary>
    private static readonly string[] SpanLeads = ["有", "长达", "历时", "历经", "达", "延续", "持续", "距今"];

    /// <summary>Words after a number of years that make it a span (1350年历史, 1279年来, 1200年之久).</summary>
    private static readonly string[] SpanEnds = ["来", "以来", "之久", "历史", "的历史", "间", "里"];

    private const decimal HistoryFrom = 1000m;

    private const decimal HistoryTo = 1899m;

    private static bool IsHistoricYear(string body, FigureCandidate figure)
    {
        if (figure.Value is < HistoryFrom or > HistoryTo)
        {
            return false;
        }
        if (figure.Start > 0 && body[figure.Start - 1] is '（' or '(' && figure.End < body.Length && body[figure.End] is '）' or ')'
            || figure.Start > 0 && body[figure.Start - 1] == '于' || IsBeforePartOfYear(body, figure.End))
        {
            return true;
        }
        return figure.Value % 100 != 0 && !body.EndsWithAnyAt(figure.Start, SpanLeads) && body.WordAt(figure.End, SpanEnds) is null;
    }

    /// <summary>Parts of a year that follow a year, never a span of years (19年底; 工作了19年 has none).</summary>
    private const string PartsOfYear = "底初末";

    private static bool IsShortYear(string body, FigureCandidate figure)
    {
        if (figure.NumberText[0] == '0' || body.WordAt(figure.End, BirthWords) is not null || IsBeforePartOfYear(body, figure.End))
        {
            return true;
        }
        if (figure.Start == 0 || body[figure.Start - 1] != '是' && !LabelWords.ClauseBreaks.Contains(body[figure.Start - 1], StringComparison.Ordinal)
            || figure.End + 1 >= body.Length || body[figure.End] != '的')
        {
            return false;
        }
        var after = figure.End + 1;
        return LabelWords.ClauseBreaks.Contains(body[after], StringComparison.Ordinal) || body.WordAt(after, PersonNouns) is not null;
    }

    /// <summary>19年底, 20年初, 18年3月: a part of the year or a month (not 3个月) after 年.</summary>
    private static bool IsBeforePartOfYear(string body, int end)
    {
        if (end < body.Length && PartsOfYear.Contains(body[end], StringComparison.Ordinal))
        {
            return true;
        }
        var at = end;
        while (at < body.Length && char.IsAsciiDigit(body[at]) && at - end < 2)
        {
            at++;
        }
        return at > end && at < body.Length && body[at] == '月';
    }
}
