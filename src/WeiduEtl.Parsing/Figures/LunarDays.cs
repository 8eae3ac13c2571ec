namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 正月十五, 腊月二十三, 农历八月十五: a numeral right after a month named in Chinese numerals or by the lunar calendar is the
/// day of the month, a date, whatever follows it (正月十五元宵节 holds no money); 每月十五元 and 三个月十五天 still count.
/// </summary>
internal static class LunarDays
{
    /// <summary>Months of the lunar calendar named by a word, not a numeral.</summary>
    private static readonly string[] NamedMonths = ["正月", "腊月", "冬月", "闰月"];

    public static bool IsDayOfMonth(string body, FigureCandidate figure)
    {
        if (!figure.Chinese || figure.Start != figure.NumberStart || figure.Start < 2)
        {
            return false;
        }
        return body.EndsWithAnyAt(figure.Start, NamedMonths)
            || body[figure.Start - 1] == '月' && (ChineseNumeral.IsChineseDigit(body[figure.Start - 2]) || body[figure.Start - 2] == '十');
    }
}
