namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// 处 'to penalise' before the penalty's amount, which reads like the bare office ending 处 (某某处): laws and court
/// reports print it often (按货值金额处15倍罚款, 处三年以下有期徒刑).
/// </summary>
internal static class Penalties
{
    /// <summary>Numerals a penalty's amount opens with after 处 (处15倍罚款, 处三年以下有期徒刑).</summary>
    private static readonly CharSet PenaltyNumerals = new("0123456789０１２３４５６７８９一二三四五六七八九十两");

    /// <summary>The units a penalty is counted in: times the value, years, months, days and money (倍, 年, 月, 日, 元).</summary>
    private static readonly CharSet PenaltyUnits = new("倍年月日元");

    private const int PenaltyReach = 5;

    /// <summary>Words that name the penalty or bound its amount (罚款, 罚金, 有期徒刑, 拘役, 拘留, 管制, 以下, 以上).</summary>
    private static readonly string[] PenaltyWords = ["罚", "刑", "拘", "管制", "以下", "以上"];

    private const int PenaltyWordReach = 8;

    /// <summary>
    /// Whether a penalty's name follows its amount (处15倍|罚款, 处三年|以下有期徒刑): without one an office's name stands
    /// before a date or a count (城建处3月起开展, 执法处5日通报).
    /// </summary>
    private static bool PenaltyFollows(string text, int from)
    {
        var window = text.AsSpan(from, Math.Min(PenaltyWordReach, text.Length - from));
        foreach (var word in PenaltyWords)
        {
            if (window.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the bare ending 处 at <paramref name="end"/> is the verb of penalising before its amount (按货值金额|处|15倍罚款,
    /// 依法|处|三年有期徒刑): a law or a court report counts the penalty, no office ends there (财务处5名干部 counts people).
    /// </summary>
    public static bool IsPenaltyAt(string text, int end)
    {
        if (end >= text.Length || text[end - 1] != '处' || OrganisationSuffixes.SuffixEndingAt(text, end) != "处" || !PenaltyNumerals.Contains(text[end]))
        {
            return false;
        }
        for (var at = end + 1; at < text.Length && at <= end + PenaltyReach; at++)
        {
            if (PenaltyUnits.Contains(text[at]))
            {
                return PenaltyFollows(text, at + 1);
            }
            if (!PenaltyNumerals.Contains(text[at]) && text[at] is not ('万' or '百' or '千' or '.'))
            {
                return false;
            }
        }
        return false;
    }
}
