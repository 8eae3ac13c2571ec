using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 不是一年两年的事, 不是三年五年就能完成的, 不是五年、十年的规定: two round spans of one unit side by side after a
/// negation say "not a matter of a few years", a figure of speech; no span is measured. Written back to back with no
/// joint, such a pair says so anywhere (三年两年干不成，就干十年八年; 一天两天看不出来): a span is measured once, not twice
/// over in one breath. One span after a negation (不是三年就完成了) and spans of two units (三年五个月) are left to the
/// other rules.
/// </summary>
internal static partial class NegatedSpans
{
    private static readonly string[] Negations = ["不是", "并非", "绝非", "决非", "而非"];

    private const int Reach = 12;

    public static bool IsFigureOfSpeech(string body, FigureCandidate figure)
    {
        if (figure.Kind != UnitKind.Time || !figure.Chinese || figure.Unit is not { Length: > 0 } unit)
        {
            return false;
        }
        var from = Math.Max(0, figure.Start - Reach);
        for (var pair = BarePair().Match(body, from); pair.Success && pair.Index <= figure.Start; pair = BarePair().Match(body, pair.Index + 1))
        {
            if (pair.Groups["first"].Value == unit && pair.Groups["second"].Value == unit
                && figure.Start >= pair.Index && figure.End <= pair.Index + pair.Length)
            {
                return true;
            }
        }
        foreach (var negation in Negations)
        {
            for (var at = body.IndexOf(negation, from, StringComparison.Ordinal); at >= 0 && at < figure.Start;
                 at = body.IndexOf(negation, at + 1, StringComparison.Ordinal))
            {
                var pairStart = at + negation.Length;
                var pair = SpanPair().Match(body, pairStart);
                if (pair.Success && pair.Index == pairStart && pair.Groups["first"].Value == unit && pair.Groups["second"].Value == unit
                    && figure.Start >= pairStart && figure.End <= pairStart + pair.Length)
                {
                    return true;
                }
            }
        }
        return false;
    }

    [GeneratedRegex("[一二两三四五六七八九十百]+(?<first>个月|年|天|日|月|代)、?[一二两三四五六七八九十百]+(?<second>个月|年|天|日|月|代)")]
    private static partial Regex SpanPair();

    /// <summary>Two spans back to back, no joint between; not after another numeral (二〇一九年十年), a decimal or a 第.</summary>
    [GeneratedRegex("(?<![〇零一二两三四五六七八九十百千0-9第.])[一二两三四五六七八九十百]+(?<first>个月|年|天)[一二两三四五六七八九十百]+(?<second>个月|年|天)")]
    private static partial Regex BarePair();
}
