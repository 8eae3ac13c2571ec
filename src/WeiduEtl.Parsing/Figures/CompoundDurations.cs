namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 一年六个月, 1年零3个月, 2小时08分17秒, 1分54秒: a span or a race time printed in two or three units, largest first, is one
/// figure in its smallest unit (18 个月, 7697 秒, 114 秒), as a table would hold it. Each later part is smaller than the unit
/// above it (months under 12, minutes and seconds under 60), so dates (2019年3月) and counts after a span stay apart.
/// </summary>
internal static class CompoundDurations
{
    private const int MaxPartLetters = 3;

    /// <summary>The smaller parts a unit may be followed by: the printed unit, what it is called, how many make the one above.</summary>
    private static readonly (string Above, (string Printed, string Unit, int PerAbove)[] Parts)[] Chains =
    [
        ("年", [("个月", "个月", 12)]),
        ("小时", [("分钟", "分钟", 60), ("分", "分钟", 60)]),
        ("个小时", [("分钟", "分钟", 60), ("分", "分钟", 60)]),
        ("分钟", [("秒钟", "秒", 60), ("秒", "秒", 60)]),
        ("分", [("秒钟", "秒", 60), ("秒", "秒", 60)]),
    ];

    /// <summary>Where the smaller parts after <paramref name="unit"/> end, the smallest unit, how many of it one
    /// <paramref name="unit"/> makes and how many the parts add; null when no smaller part follows.</summary>
    public static (int End, string Unit, decimal Scale, decimal Extra)? Read(string body, int unitEnd, string unit)
    {
        var end = unitEnd;
        var scale = 1m;
        decimal extra = 0;
        string? smallest = null;
        var above = unit;
        while (Part(body, end, above) is var (partEnd, partUnit, perAbove, value))
        {
            scale *= perAbove;
            extra = extra * perAbove + value;
            smallest = partUnit;
            end = partEnd;
            above = partUnit;
        }
        return smallest is null ? null : (end, smallest, scale, extra);
    }

    private static (int End, string Unit, int PerAbove, decimal Value)? Part(string body, int at, string above)
    {
        var chain = Array.Find(Chains, c => c.Above == above);
        if (chain.Parts is null)
        {
            return null;
        }
        // 1年零3个月, 两年又八个月: 零 and 又 join the parts.
        var start = at < body.Length && body[at] is '零' or '又' && above == "年" ? at + 1 : at;
        var end = start;
        while (end < body.Length && end - start < MaxPartLetters && (ChineseNumeral.IsArabicDigit(body[end]) || ChineseNumeral.IsDigitOrTen(body[end])))
        {
            end++;
        }
        if (end == start)
        {
            return null;
        }
        foreach (var (printed, unit, perAbove) in chain.Parts)
        {
            if (body.HoldsAt(end, printed) && Value(body[start..end]) is { } value && value < perAbove)
            {
                return (end + printed.Length, unit, perAbove, value);
            }
        }
        return null;
    }

    private static decimal? Value(string digits) =>
        ChineseNumeral.IsArabicDigit(digits[0]) ? ChineseNumeral.ParseArabic(digits) : ChineseNumeral.ParseChinese(digits);
}
