using System.Globalization;
using System.Text;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// Reads the numbers printed in Chinese text: Arabic digits (half or full width, thousands commas, decimals)
/// and Chinese numerals (一…九, 两, 〇/零, 十, 百, 千, 万, 亿, 点 as the decimal point).
/// </summary>
internal static class ChineseNumeral
{
    public static int DigitValue(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        >= '0' and <= '9' => c - '0',
        >= '０' and <= '９' => c - '０',
        _ => -1,
    };

    public static bool IsChineseDigit(char c) => c is '零' or '〇' or '一' or '二' or '两' or '三' or '四' or '五' or '六' or '七' or '八' or '九';

    public static bool IsArabicDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    public static decimal MagnitudeValue(char c) => c switch
    {
        '十' => 10m,
        '百' => 100m,
        '千' => 1_000m,
        '万' => 10_000m,
        '亿' => 100_000_000m,
        _ => 0m,
    };

    public static bool IsMagnitude(char c) => MagnitudeValue(c) > 0;

    /// <summary>A digit, Arabic or Chinese, or 十: the letters a small count is written with (3, 三, 十五).</summary>
    public static bool IsDigitOrTen(char c) => IsArabicDigit(c) || IsChineseDigit(c) || c == '十';

    /// <summary>Whether a digit or 十 stands between <paramref name="at"/> and the end of its clause: an amount follows.</summary>
    public static bool DigitFollowsInClause(string body, int at)
    {
        for (; at < body.Length && !LabelWords.ClauseBreaks.Contains(body[at], StringComparison.Ordinal); at++)
        {
            if (IsDigitOrTen(body[at]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A digit, Arabic or Chinese, or a magnitude (十, 百, 千, 万, 亿): a letter of any number.</summary>
    public static bool IsNumberLetter(char c) => IsArabicDigit(c) || IsChineseDigit(c) || IsMagnitude(c);

    /// <summary>The product of a run of magnitude characters (千万 → 10 000 000).</summary>
    public static decimal MagnitudeProduct(ReadOnlySpan<char> magnitudes)
    {
        var product = 1m;
        foreach (var c in magnitudes)
        {
            product *= MagnitudeValue(c);
        }
        return product;
    }

    /// <summary>12,345.6 or ３．５ → decimal; null when it is not a number.</summary>
    public static decimal? ParseArabic(ReadOnlySpan<char> text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is ',')
            {
                continue;
            }
            if (c is '.' or '．')
            {
                plain.Append('.');
                continue;
            }
            if (!IsArabicDigit(c))
            {
                return null;
            }
            plain.Append((char)('0' + DigitValue(c)));
        }
        return decimal.TryParse(plain.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>
    /// 三万五千 → 35000, 一百零五 → 105, 三万五 → 35000 (a trailing digit after 百/千/万 counts in the next place down),
    /// 三点五万 → 35000, 二〇二三 → 2023 (digits without magnitudes are read one by one).
    /// </summary>
    public static decimal? ParseChinese(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }
        var point = text.IndexOf('点', StringComparison.Ordinal);
        var whole = point < 0 ? text : text[..point];
        var fraction = 0m;
        var multiplier = 1m;
        if (point >= 0)
        {
            var rest = text[(point + 1)..];
            var magStart = rest.Length;
            while (magStart > 0 && IsMagnitude(rest[magStart - 1]))
            {
                magStart--;
            }
            multiplier = MagnitudeProduct(rest.AsSpan(magStart));
            var scale = 0.1m;
            foreach (var c in rest[..magStart])
            {
                var d = DigitValue(c);
                if (d < 0)
                {
                    return null;
                }
                fraction += d * scale;
                scale /= 10;
            }
        }
        var integer = whole.Any(IsMagnitude) ? ParsePositional(whole) : ParseDigitSequence(whole);
        return integer is null ? null : (integer.Value + fraction) * multiplier;
    }

    private static decimal? ParseDigitSequence(string text)
    {
        var value = 0m;
        foreach (var c in text)
        {
            var d = DigitValue(c);
            if (d < 0)
            {
                return null;
            }
            value = value * 10 + d;
        }
        return text.Length == 0 ? null : value;
    }

    private static decimal? ParsePositional(string text)
    {
        decimal total = 0, section = 0, lastMagnitude = 0;
        var digit = -1;
        var afterZero = false;
        var previousWasMagnitude = false;
        var digitFollowsMagnitude = false;
        foreach (var c in text)
        {
            var d = DigitValue(c);
            if (d >= 0)
            {
                afterZero = d == 0 || afterZero;
                digit = d == 0 ? -1 : d;
                digitFollowsMagnitude = previousWasMagnitude;
                previousWasMagnitude = false;
                continue;
            }
            var m = MagnitudeValue(c);
            if (m == 0)
            {
                return null;
            }
            if (m < 10_000m)
            {
                section += (digit < 0 ? 1 : digit) * m;
            }
            else
            {
                var part = section + Math.Max(digit, 0);
                if (part == 0 && total == 0)
                {
                    part = 1;
                }
                total = m == 10_000m ? total + part * m : (total + part) * m;
                section = 0;
            }
            digit = -1;
            lastMagnitude = m;
            afterZero = false;
            previousWasMagnitude = true;
        }
        if (digit > 0)
        {
            // 三万五 is 35000 and 两百五 is 250, but 十五 is 15 and 一百零五 is 105.
            section += !afterZero && digitFollowsMagnitude && lastMagnitude >= 100 ? digit * lastMagnitude / 10 : digit;
        }
        return total + section;
    }
}
