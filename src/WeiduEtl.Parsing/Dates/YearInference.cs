using System.Text.RegularExpressions;
using WeiduEtl.Parsing.Figures;

namespace WeiduEtl.Parsing.Dates;

/// <summary>
/// Guesses the year of a page from the years printed on it: the latest year that is not a target.
/// A page reports the present, so earlier years are history (成立于2021年4月) and the latest one is the
/// best guess of "now" (《关于做好2023年…》); later years appear as targets (到2025年, 2035年前), which are
/// left out. The most frequent year would be wrong on pages that retell history, such as the seed page,
/// which prints 2021 twice and 2023 once. Years are 19xx/20xx followed by 年, or numeric dates.
/// </summary>
internal static class YearInference
{
    public static int? Infer(IEnumerable<string> pageTexts)
    {
        int? latest = null;
        foreach (var text in pageTexts)
        {
            foreach (Match match in DatePatterns.PrintedYear().Matches(text))
            {
                if (IsTarget(text, match))
                {
                    continue;
                }
                var year = (int)(ChineseNumeral.ParseArabic(match.Groups["y"].Value) ?? ChineseNumeral.ParseChinese(match.Groups["y"].Value) ?? 0);
                if (year is >= 1900 and <= 2099 && (latest is null || year > latest))
                {
                    latest = year;
                }
            }
        }
        return latest;
    }

    /// <summary>到2025年, 力争至2030年, 2035年前; but not 截至2023年 (as of) nor the end of a range (2021年至2023年).</summary>
    private static bool IsTarget(string text, Match match)
    {
        var end = match.Index + match.Length;
        if (end + 1 < text.Length && text[end] == '年' && text[end + 1] == '前')
        {
            return true;
        }
        var before = text.AsSpan(0, match.Index);
        if (!(before.EndsWith("到", StringComparison.Ordinal) || before.EndsWith("至", StringComparison.Ordinal)))
        {
            return false;
        }
        if (before.EndsWith("截至", StringComparison.Ordinal) || before.EndsWith("截止到", StringComparison.Ordinal) || before.EndsWith("截止至", StringComparison.Ordinal))
        {
            return false;
        }
        // A joint after a date is a range, not a target: 2021年至2023年.
        var beforeJoint = before[..^1].TrimEnd(' ');
        return beforeJoint.Length == 0 || !(beforeJoint[^1] is '年' or '月' or '日' or '号' || ChineseNumeral.IsArabicDigit(beforeJoint[^1]));
    }
}
