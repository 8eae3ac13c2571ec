namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 9秒97, 1米8, 2米12: sports results and heights put the decimals after the unit, so the digits right after 秒 or 米
/// are hundredths or tenths of it. Digits that a unit follows (100米8名选手) are a count of their own.
/// </summary>
internal static class SpokenDecimals
{
    private const int MaxDecimals = 2;

    /// <summary>Where the decimals after <paramref name="unit"/> end and what they add; null when none are printed.</summary>
    public static (int End, decimal Extra)? Read(string body, int unitEnd, string unit)
    {
        if (unit is not ("秒" or "米"))
        {
            return null;
        }
        var end = unitEnd;
        while (end < body.Length && end - unitEnd <= MaxDecimals && ChineseNumeral.IsArabicDigit(body[end]))
        {
            end++;
        }
        var count = end - unitEnd;
        if (count is 0 or > MaxDecimals
            || end < body.Length && (ChineseNumeral.IsNumberLetter(body[end]) || body[end] is '.' or '．' or '%' or '％' || UnitTable.Match(body, end) is not null))
        {
            return null;
        }
        // Full-width digits (９秒９７) read as the ASCII ones do.
        return ChineseNumeral.ParseArabic(body.AsSpan(unitEnd, count)) is { } digits ? (end, count == 1 ? digits / 10m : digits / 100m) : null;
    }
}
