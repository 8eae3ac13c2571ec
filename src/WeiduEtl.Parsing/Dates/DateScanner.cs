using System.Collections.ObjectModel;
using System.Text.RegularExpressions;
using WeiduEtl.Parsing.Figures;

namespace WeiduEtl.Parsing.Dates;

/// <summary>Finds every printed date in a text, the longest reading winning where shapes overlap.</summary>
internal static class DateScanner
{
    /// <summary>Each shape with whether it is a range's head and its rule name (provenance, the <c>rule</c> column).</summary>
    private static readonly (Regex Shape, bool Head, string Rule)[] Shapes =
    [
        (DatePatterns.YearFirst(), false, "date-year-first"), (DatePatterns.RelativeYear(), false, "date-relative-year"),
        (DatePatterns.Numeric(), false, "date-numeric"), (DatePatterns.MonthFirst(), false, "date-month-first"),
        (DatePatterns.DayHead(), true, "date-range-day-head"), (DatePatterns.MonthHead(), true, "date-range-month-head"),
        (DatePatterns.YearHead(), true, "date-range-year-head"), (DatePatterns.DayOnly(), false, "date-day-only"),
        (DatePatterns.ChineseDayAfterJoint(), false, "date-range-day-tail"),
    ];

    /// <summary>
    /// The figure reader (to keep dates out of figures) and the date reader both scan each article body, one after
    /// the other on the same thread: the second scan of the same string is the first's result, not nine regexes again.
    /// </summary>
    [ThreadStatic]
    private static LastScan? _last;

    public static IReadOnlyList<DateToken> Scan(string text)
    {
        if (_last is { } last && ReferenceEquals(last.Text, text))
        {
            return last.Tokens;
        }
        var tokens = ScanAnew(text);
        _last = new LastScan(text, tokens);
        return tokens;
    }

    private static ReadOnlyCollection<DateToken> ScanAnew(string text)
    {
        var found = new List<DateToken>();
        foreach (var (shape, head, rule) in Shapes)
        {
            foreach (Match match in shape.Matches(text))
            {
                if (Read(match, head, rule) is { } token && !IsRecurring(text, token))
                {
                    found.Add(token);
                }
            }
        }
        var taken = new List<DateToken>();
        foreach (var token in found.OrderBy(t => t.Start).ThenByDescending(t => t.End - t.Start))
        {
            if (taken.Count == 0 || token.Start >= taken[^1].End)
            {
                taken.Add(token);
            }
        }
        return taken.AsReadOnly();
    }

    private static DateToken? Read(Match match, bool head, string rule)
    {
        int? year = match.Groups["y"].Success ? Number(match.Groups["y"].Value) : null;
        int? month = match.Groups["m"].Success ? Number(match.Groups["m"].Value) : null;
        int? day = match.Groups["d"].Success ? Number(match.Groups["d"].Value) : null;
        int? shift = match.Groups["rel"].Value switch
        {
            "今年" => 0,
            "去年" => -1,
            "前年" => -2,
            "明年" => 1,
            _ => null,
        };
        if (year is < 1900 or > 2099 || month is < 1 or > 12 || day is < 1 or > 31)
        {
            return null;
        }
        return new DateToken(match.Index, match.Index + match.Length, year, shift, month, day, head, rule);
    }

    /// <summary>每月15日 and 每年3月 recur; they are not dates.</summary>
    private static bool IsRecurring(string text, DateToken token) =>
        token.Start > 0 && text[token.Start - 1] == '每'
        || token.Start > 1 && text.AsSpan(token.Start - 2, 2) is "每月" or "每年";

    private static int? Number(string digits)
    {
        if (digits.All(c => ChineseNumeral.IsArabicDigit(c)))
        {
            return (int?)ChineseNumeral.ParseArabic(digits);
        }
        return ChineseNumeral.ParseChinese(digits) is { } value ? (int)value : null;
    }

    private sealed record LastScan(string Text, IReadOnlyList<DateToken> Tokens);
}
