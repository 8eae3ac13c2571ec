using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// Decides what a run of Chinese numerals means as a quantity, or that it is not one.
/// <list type="bullet">
/// <item>几/数 for "some": leading (几十年, 数十万只, 几万元) it leaves the first digit unknown, so the number is only an
/// order of magnitude a table cannot hold: no figure; inside (十几, 二十几万) it adds nothing and means "more than", so
/// 十几 → 10 &gt;.</item>
/// <item>Two neighbouring digits are an estimate (七八个, 三四十人, 十五六岁, 两三百): the lower reading, approximate.</item>
/// <item>Digits without 十/百/千/万/亿 (五一, 二〇二三) are names, holidays or years, not quantities; so are two digits side
/// by side in a numeral with a magnitude, once no estimate (十三五, 十四五: plans).</item>
/// <item>A bare magnitude (百姓, 千家万户, 万一) is not a number unless something quantifies it (近万人, 上千次, or 余 or 多
/// before a unit: 千余场, 百余座, 万余名, 百多年) or it is a threshold (亿元以上).</item>
/// </list>
/// </summary>
internal static class ChineseNumeralReading
{
    public static (decimal Value, FigureQualifier? Qualifier)? Read(string body, int start, string text)
    {
        FigureQualifier? qualifier = null;
        var numeral = text;
        if (numeral[0] is '几' or '数')
        {
            return null;
        }
        if (numeral.Contains('几', StringComparison.Ordinal))
        {
            numeral = numeral.Replace("几", "", StringComparison.Ordinal);
            qualifier = FigureQualifier.Over;
        }
        if (numeral.Length == 0 || numeral[^1] == '点')
        {
            return null;
        }
        var hasMagnitude = numeral.Any(ChineseNumeral.IsMagnitude);
        var digitCount = numeral.Count(ChineseNumeral.IsChineseDigit);
        for (var i = 0; i + 1 < numeral.Length; i++)
        {
            var a = ChineseNumeral.DigitValue(numeral[i]);
            var b = ChineseNumeral.DigitValue(numeral[i + 1]);
            if (a > 0 && b == a + 1 && ChineseNumeral.IsChineseDigit(numeral[i]) && ChineseNumeral.IsChineseDigit(numeral[i + 1]) && (hasMagnitude || digitCount == 2))
            {
                numeral = numeral.Remove(i + 1, 1);
                qualifier = FigureQualifier.Approx;
                digitCount--;
                break;
            }
        }
        var point = numeral.IndexOf('点', StringComparison.Ordinal);
        var whole = point < 0 ? numeral : numeral[..point];
        if (hasMagnitude && HasDigitsSideBySide(whole))
        {
            return null;
        }
        if (!hasMagnitude && digitCount > 1 && point < 0)
        {
            return null;
        }
        if (whole.Length > 0 && ChineseNumeral.MagnitudeValue(whole[0]) >= 100
            && !IsQuantified(body, start)
            && !IsThreshold(body, start + text.Length)
            && !IsOverRound(body, start + text.Length))
        {
            return null;
        }
        return ChineseNumeral.ParseChinese(numeral) is { } value && value > 0 ? (value, qualifier) : null;
    }

    /// <summary>
    /// 十三五, 十四五: two digits side by side that are no estimate (that pair was read above), with no magnitude between them,
    /// in a numeral that has one; a plan's name, not a number. 零 stands before a digit in a number (一百零五), and decimals
    /// after 点 are read apart (一点二五亿).
    /// </summary>
    private static bool HasDigitsSideBySide(string numeral)
    {
        for (var i = 0; i + 1 < numeral.Length; i++)
        {
            if (numeral[i] != '零' && numeral[i] != '〇' && ChineseNumeral.IsChineseDigit(numeral[i]) && ChineseNumeral.IsChineseDigit(numeral[i + 1]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>近万, 约千, 逾百, 上万: a qualifier word (not the tail of 签约 or 附近) makes a bare magnitude a number.</summary>
    private static bool IsQuantified(string body, int start) =>
        start > 0 && (body[start - 1] == '上' || QualifierWords.PrefixEndingAt(body, start) is not null);

    /// <summary>千余场, 百余座, 万余名志愿者, 百多年: 余 or 多 and a unit after a bare magnitude say "more than a thousand".</summary>
    private static bool IsOverRound(string body, int end) =>
        end + 1 < body.Length && body[end] is '余' or '多' && UnitTable.Match(body, end + 1) is not null;

    /// <summary>A bare magnitude with a unit and a bound is a threshold: 亿元以上项目, 千人以下.</summary>
    private static bool IsThreshold(string body, int end) =>
        UnitTable.Match(body, end) is { } unit && QualifierWords.SuffixAt(body, end + unit.Unit.Length) is not null;
}
