namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 五年新增就业3万人, 三年累计投入12亿元, 近五年共完成造林800万亩: a span written straight before a verb of adding up,
/// with an amount after it in the same clause, is the period the amount is summed over, as 上半年 is; the amount is the
/// figure. 连续三年新增…, 用了三年，累计… and 4年实现质的飞跃 (no amount) still measure a span.
/// </summary>
internal static class CumulativePeriods
{
    /// <summary>Verbs of adding up over a period (新增, 累计); 共 alone only where it is not the first letter of a word (共同, 共享).</summary>
    private static readonly string[] Totals = ["新增", "累计", "累积", "共计", "合计", "共"];

    private const string WordsOpenedByGong = "同享建商治识赢有";

    /// <summary>Words before a span that make it a run of years measured (连续三年), not a period.</summary>
    private static readonly string[] RunLeads = ["连续", "持续", "接连"];

    public static bool IsPeriodOfTotal(string body, FigureCandidate figure)
    {
        if (figure.Kind != UnitKind.Time || body.WordAt(figure.End, Totals) is not { } total || body.EndsWithAnyAt(figure.Start, RunLeads))
        {
            return false;
        }
        var at = figure.End + total.Length;
        if (total == "共" && at < body.Length && WordsOpenedByGong.Contains(body[at], StringComparison.Ordinal))
        {
            return false;
        }
        return ChineseNumeral.DigitFollowsInClause(body, at);
    }
}
