using System.Text.RegularExpressions;
using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// Reads one figure from where a number starts: the number, an infix qualifier (余/多/来), a magnitude
/// (万/亿/千…, folded into the value), the unit and a suffix qualifier; then the prefix qualifier before it.
/// Returns a candidate whose <see cref="FigureCandidate.Unit"/> is null when no unit follows, which only a
/// range's lower bound may use (5—8万元).
/// </summary>
internal static class FigureReader
{
    private const int MaxRateSlashes = 2;

    private static readonly (string Printed, string Unit)[] SplitUnits =
        [("月", "个月"), ("小时", "个小时"), ("星期", "个星期"), ("工作日", "个工作日")];

    public static FigureCandidate? Read(string body, Match match)
    {
        var numberStart = match.Index;
        var pos = match.Index + match.Length;
        var numberText = match.Value;
        decimal value;
        var chinese = true;
        FigureQualifier? numberQualifier = null;
        if (match.Groups["pct"].Success)
        {
            var digits = match.Groups["pct"].Value;
            var pct = ChineseNumeral.ParseArabic(digits) ?? ChineseNumeral.ParseChinese(digits);
            return pct is null ? null : Finish(body, numberStart, pos, numberText, pct.Value, 1m, "%", UnitKind.Percent, null, chinese);
        }
        if (match.Groups["half"].Success)
        {
            return ReadHalf(body, numberStart, pos);
        }
        if (match.Groups["ar"].Success)
        {
            chinese = false;
            if (ChineseNumeral.ParseArabic(numberText) is not { } arabic)
            {
                return null;
            }
            value = arabic;
            if (Fraction.Read(body, numberStart, pos, arabic) is var (fractionEnd, fraction) && fractionEnd > 0)
            {
                return Finish(body, numberStart, fractionEnd, body[numberStart..fractionEnd], fraction, 1m, "", UnitKind.Percent, null, false);
            }
        }
        else
        {
            if (ChineseNumeralReading.Read(body, numberStart, numberText) is not { } reading)
            {
                return null;
            }
            (value, numberQualifier) = reading;
        }
        if (ChineseFraction.Read(body, pos, value) is var (wordedEnd, worded) && wordedEnd > 0)
        {
            return Finish(body, numberStart, wordedEnd, body[numberStart..wordedEnd], worded, 1m, "", UnitKind.Percent, null, chinese);
        }

        FigureQualifier? infix = null;
        if (pos < body.Length && QualifierWords.Infix(body[pos]) is { } q && (body[pos] != '来' || (value > 0 && value % 10 == 0)))
        {
            infix = q;
            pos++;
        }
        var magStart = pos;
        while (pos < body.Length && pos - magStart < 2 && ChineseNumeral.IsMagnitude(body[pos]))
        {
            pos++;
        }
        var magCount = pos - magStart;
        // The shortest magnitude that leaves a unit wins: 5千米 is 5 千米, 100万千瓦 is 100万 千瓦.
        for (var k = 0; k <= magCount; k++)
        {
            var at = magStart + k;
            var multiplier = ChineseNumeral.MagnitudeProduct(body.AsSpan(magStart, k));
            var qualifier = infix;
            if (k > 0 && at < body.Length && QualifierWords.Infix(body[at]) is FigureQualifier.Over)
            {
                qualifier ??= FigureQualifier.Over;
                at++;
            }
            if (ReadUnit(body, at) is { } unit)
            {
                return Finish(body, numberStart, unit.End, numberText, value * multiplier * unit.Scale + unit.Extra, multiplier, unit.Unit, unit.Kind, qualifier ?? unit.Qualifier ?? numberQualifier, chinese);
            }
        }
        var fullMultiplier = ChineseNumeral.MagnitudeProduct(body.AsSpan(magStart, magCount));
        var end = magStart + magCount;
        if (end < body.Length && magCount > 0 && QualifierWords.Infix(body[end]) is FigureQualifier.Over)
        {
            infix ??= FigureQualifier.Over;
            end++;
        }
        var large = fullMultiplier >= 10_000m || numberText.Contains('万', StringComparison.Ordinal) || numberText.Contains('亿', StringComparison.Ordinal);
        // 3.5万 and 180万城乡居民 count without a unit (a Chinese numeral before a noun is an idiom: 十万火急); a range's
        // lower bound (3万至5万元) and a smaller bare number wait to borrow the unit of the number after them.
        var beforeNoun = end < body.Length && IsHan(body[end]);
        var unitless = large && !(beforeNoun && (chinese || FigurePatterns.RangeJoint().IsMatch(body.AsSpan(end)) || FigurePatterns.ListJoint().IsMatch(body.AsSpan(end))));
        return Finish(body, numberStart, end, numberText, value * fullMultiplier, fullMultiplier, unitless ? "" : null, UnitKind.Count, infix ?? numberQualifier, chinese);
    }

    private static FigureCandidate? ReadHalf(string body, int numberStart, int pos)
    {
        // 半年, 半小时, 半米, 半亩 are quantities; 上半年 and 下半年 are periods; 半个 alone is not a number.
        if (numberStart > 0 && "上下前后大多".Contains(body[numberStart - 1], StringComparison.Ordinal))
        {
            return null;
        }
        return ReadUnit(body, pos) is { Kind: UnitKind.Time or UnitKind.Length or UnitKind.Measure } unit
            ? Finish(body, numberStart, unit.End, "半", 0.5m * unit.Scale + unit.Extra, 1m, unit.Unit, unit.Kind, unit.Qualifier, true)
            : null;
    }

    private static (string Unit, UnitKind Kind, int End, decimal Extra, FigureQualifier? Qualifier, decimal Scale)? ReadUnit(string body, int at)
    {
        decimal extra = 0;
        decimal scale = 1;
        FigureQualifier? qualifier = null;
        string unit;
        UnitKind kind;
        var end = at;
        // 一个多月 and 两个半小时 put 多 or 半 inside the unit.
        if (at + 2 < body.Length && body[at] == '个' && body[at + 1] is '多' or '半'
            && SplitUnits.FirstOrDefault(s => body.AsSpan(at + 2).StartsWith(s.Printed, StringComparison.Ordinal)) is { Printed: not null } split)
        {
            unit = split.Unit;
            kind = UnitKind.Time;
            qualifier = body[at + 1] == '多' ? FigureQualifier.Over : null;
            extra = body[at + 1] == '半' ? 0.5m : 0m;
            end = at + 2 + split.Printed.Length;
        }
        else if (UnitTable.Match(body, at) is { } match)
        {
            (unit, kind) = match;
            end = at + unit.Length;
            unit = kind == UnitKind.Percent && unit == "％" ? "%" : unit;
        }
        else
        {
            return null;
        }
        if (extra == 0 && (kind == UnitKind.Time || unit == "分") && CompoundDurations.Read(body, end, unit) is var (partsEnd, smallest, partsScale, parts))
        {
            (unit, kind, scale, extra, end) = (smallest, UnitKind.Time, partsScale, parts, partsEnd);
        }
        else if (extra == 0 && SpokenDecimals.Read(body, end, unit) is var (decimalsEnd, decimals))
        {
            extra = decimals;
            end = decimalsEnd;
        }
        else if (kind == UnitKind.Time && end < body.Length && extra == 0)
        {
            if (body[end] == '半')
            {
                extra = 0.5m;
                end++;
            }
            else if (body[end] is '多' or '余' && UnitTable.Match(body, end + 1) is null)
            {
                qualifier = FigureQualifier.Over;
                end++;
            }
        }
        // Rates: 8000元/平方米, and per two things at once: 120元/月/人.
        for (var slashes = 0; slashes < MaxRateSlashes && end + 1 < body.Length && body[end] is '/' or '／' && UnitTable.PerUnitAt(body, end + 1) is { } per; slashes++)
        {
            unit = $"{unit}/{per}";
            end += 1 + per.Length;
        }
        return (unit, kind, end, extra, qualifier, scale);
    }

    private static FigureCandidate Finish(string body, int numberStart, int end, string numberText, decimal value, decimal multiplier, string? unit, UnitKind kind, FigureQualifier? qualifier, bool chinese)
    {
        var start = numberStart;
        var printedQualifier = qualifier;
        if (QualifierWords.PrefixEndingAt(body, numberStart) is { } prefix)
        {
            start -= prefix.Word.Length;
            printedQualifier = prefix.Qualifier;
        }
        else if (numberStart > 0 && body[numberStart - 1] == '上' && numberText.Length > 0 && ChineseNumeral.MagnitudeValue(numberText[0]) >= 100
                 && !(numberStart > 1 && body[numberStart - 2] == '以'))
        {
            // 上万人, 上千次: "reaching ten thousand"; the 上 of a bound before (百分之十以上百分之五十以下) is that bound's.
            start--;
            printedQualifier = FigureQualifier.Over;
        }
        else if (QualifierWords.IsPassing(body, numberStart, kind, multiplier))
        {
            start--;
            printedQualifier = FigureQualifier.Over;
        }
        else if (numberStart > 0 && (QualifierWords.BoundOverVerb(body, numberStart) ?? QualifierWords.BoundOverRate(body, numberStart)) is { } bound)
        {
            printedQualifier ??= bound;
        }
        if (unit is not null && QualifierWords.SuffixAt(body, end) is { } suffix)
        {
            end += suffix.Word.Length;
            printedQualifier ??= suffix.Qualifier;
        }
        else if (kind is UnitKind.Multiple or UnitKind.Length or UnitKind.Measure && end < body.Length && body[end] == '多')
        {
            // 3倍多, 1米多厚: 多 after a multiple or a measure is "more than", as between a number and its unit.
            end++;
            printedQualifier ??= FigureQualifier.Over;
        }
        else if (unit is not null && kind == UnitKind.Time && end < body.Length && body[end] == '内')
        {
            end++;
            printedQualifier ??= FigureQualifier.AtMost;
        }
        return Signed(body, new FigureCandidate(start, end, numberStart, numberText, value, multiplier, unit, kind, printedQualifier ?? FigureQualifier.Exact, chinese));
    }

    /// <summary>The figure with its sign when it is a temperature below zero; a range's lower bound is signed once it has borrowed its unit (-5至3℃).</summary>
    public static FigureCandidate Signed(string body, FigureCandidate figure) =>
        figure.Value > 0 && BelowZeroSign(body, figure.Start, figure.Unit) is { } sign
            ? figure with { Start = figure.Start - sign.Length, Value = -figure.Value }
            : figure;

    /// <summary>
    /// 零下23摄氏度 and -23℃ are temperatures below zero: the value is negative and the sign is part of the span. A minus
    /// after a digit is a range's joint (3-5℃), and 零下 makes any 度 a temperature.
    /// </summary>
    private static string? BelowZeroSign(string body, int start, string? unit)
    {
        if (unit is "℃" or "摄氏度" or "度" && body.AsSpan(0, start).EndsWith("零下", StringComparison.Ordinal))
        {
            return "零下";
        }
        return unit is "℃" or "摄氏度" && start > 0 && body[start - 1] is '-' or '－' or '−'
            && (start < 2 || !char.IsDigit(body[start - 2]) && !ChineseNumeral.IsChineseDigit(body[start - 2]))
            ? body[start - 1].ToString()
            : null;
    }

    public static bool IsHan(char c) => c is >= '\u3400' and <= '\u9fff';
}
