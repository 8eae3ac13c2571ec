namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 有农户76户302人，, 全村共12个自然村近5000人。, 全镇辖8个行政村3.2万人，: a head count printed right after a count of
/// households or settlements, closing its clause, is the population of what that count names, not more of it; the label it
/// borrowed (农户, 自然村) takes 人口. A borrowed noun that already names people (常住居民369户、839人) stays as it is, and a head
/// count a verb follows (5个村120人参加培训) is of the people doing it. Runs after the labels are found.
/// </summary>
internal static class PopulationTallies
{
    private const string Population = "人口";

    /// <summary>
    /// Nouns of settlements a 个 count may name (自然村, 村民小组, 社区, 小区). 组 alone is no settlement: a working team
    /// (5个工作组30人, 6个小组42人) counts its members, not a population.
    /// </summary>
    private static readonly string[] Settlements = ["村", "村民小组", "村民组", "寨", "屯", "社区", "小区", "镇", "乡", "街道"];

    /// <summary>Last letters of a noun that names people (居民, 党员, 劳动者, 务工人员, 老人, 群众).</summary>
    private const string PersonEnds = "民员者工人众";

    private const string ClauseEnds = "，,。；;";

    public static void Name(string body, List<FigureCandidate> figures, FoundLabel[] labels)
    {
        for (var i = 1; i < figures.Count; i++)
        {
            var (count, before) = (figures[i], figures[i - 1]);
            if (count.Unit != "人" || labels[i].Label is not { Length: > 0 } borrowed
                || PersonEnds.Contains(borrowed[^1], StringComparison.Ordinal)
                || !(before.Unit == "户" || before.Unit == "个" && Settlements.Any(s => borrowed.EndsWith(s, StringComparison.Ordinal))))
            {
                continue;
            }
            var between = body[before.End..count.Start];
            if (!(between is "" or "、" || between == borrowed)
                || Settled(labels[i - 1].Label, between) != borrowed
                || count.End < body.Length && !ClauseEnds.Contains(body[count.End], StringComparison.Ordinal))
            {
                continue;
            }
            labels[i - 1] = FoundLabel.Noun(borrowed);
            labels[i] = FoundLabel.Noun(borrowed + Population);
        }
    }

    /// <summary>12个自然村近5000人: the settlements' noun ends where the head count's qualifier (近, 约) begins.</summary>
    private static string? Settled(string? label, string between) =>
        label is not null && between.Length > 0 && label.Length > between.Length && label.StartsWith(between, StringComparison.Ordinal)
            ? between
            : label;
}
