namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// A fraction written in words (三分之二以上, 二分之一, 3分之1): the denominator, 分之, then the numerator. It is a figure
/// with its value and no unit, as a fraction with a slash is (<see cref="Fraction"/>); only a proper fraction of small
/// whole numbers counts. 百分之 is read as a percentage before this, and 千分之 is a bare magnitude no rule quantifies.
/// </summary>
internal static class ChineseFraction
{
    private const string Of = "分之";
    private const int MaxDenominator = 100;
    private const int Decimals = 6;

    /// <summary>Where the fraction whose denominator ends at <paramref name="denominatorEnd"/> ends, with its value; (0, 0) when there is none.</summary>
    public static (int End, decimal Value) Read(string body, int denominatorEnd, decimal denominator)
    {
        if (!body.AsSpan(denominatorEnd).StartsWith(Of, StringComparison.Ordinal) || denominator != decimal.Truncate(denominator)
            || denominator is < 2 or > MaxDenominator)
        {
            return (0, 0m);
        }
        var start = denominatorEnd + Of.Length;
        var end = start;
        while (end < body.Length && ChineseNumeral.IsDigitOrTen(body[end]))
        {
            end++;
        }
        var numerator = end == start ? null : ChineseNumeral.ParseArabic(body.AsSpan(start, end - start)) ?? ChineseNumeral.ParseChinese(body[start..end]);
        return numerator is { } n && n > 0 && n < denominator && n == decimal.Truncate(n)
            ? (end, Math.Round(n / denominator, Decimals))
            : (0, 0m);
    }
}
