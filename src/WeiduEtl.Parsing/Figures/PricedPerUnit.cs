namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 鸡蛋批发价为每公斤9.6元, 房价已涨到每平方米2.8万元, 车速为每小时25公里: a price or rate linked to its amount by a copula
/// or a verb of reaching, with the unit it is given per (每公斤) between them. The unit names no subject: the words before
/// the link do (鸡蛋批发价). 前腿肉每斤18元 and 补偿标准不低于每亩1000元 name theirs with no link and stay as they are.
/// </summary>
internal static class PricedPerUnit
{
    /// <summary>Letters that end a link before 每 (为, 是, 在, 达, 涨到, 降至).</summary>
    private const string LinkEnds = "为是在达到至";

    /// <summary>
    /// Verbs of setting or moving a price that the link may close (上调为, 涨到, 保持在): the subject is before them. Longest
    /// first, as <see cref="LabelText.StripEnd"/> takes the first that ends the words.
    /// </summary>
    private static readonly string[] PriceVerbs =
    [
        "上调", "下调", "调整", "上涨", "下跌", "下降", "回落", "提高", "降低", "增加", "保持", "维持", "稳定", "控制", "已经", "平均",
        "调", "增", "涨", "降", "升", "跌", "定", "约", "仅", "只", "已", "将", "均",
    ];

    /// <summary>The words before the link of a clause that ends in 每 and the unit it is per, or null.</summary>
    public static string? Before(string clause)
    {
        var per = clause.LastIndexOf('每');
        if (per < 2 || !LinkEnds.Contains(clause[per - 1], StringComparison.Ordinal) || !IsUnitOnly(clause, per + 1))
        {
            return null;
        }
        var words = LabelText.StripEnd(LabelText.StripEnd(clause[..(per - 1)], LabelWords.TrailingLinks), PriceVerbs);
        return words.Length >= 2 ? words : null;
    }

    /// <summary>What a price is given per that counts nothing itself: a share (每股12.5元), a night (每晚680元).</summary>
    private static readonly string[] CountedPer = ["股", "晚", "手"];

    /// <summary>From <paramref name="at"/> to the clause's end only a count and a unit stand (每公斤, 每500克, 每小时).</summary>
    private static bool IsUnitOnly(string clause, int at)
    {
        while (at < clause.Length && char.IsAsciiDigit(clause[at]))
        {
            at++;
        }
        return at < clause.Length && (UnitTable.PerUnitAt(clause, at) ?? clause.WordAt(at, CountedPer)) is { } unit && at + unit.Length == clause.Length;
    }
}
