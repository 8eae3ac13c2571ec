namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 客流量每年以30%的速度增长, 产值以年均12%的幅度递增: 以 N 的速度 gives the pace of a change, so the figure measures the
/// change of the subject before 以 (客流量增长速度), not the word 速度 after 的.
/// </summary>
internal static class PaceLabel
{
    private static readonly string[] PaceNouns = ["速度", "速率", "幅度"];

    private static readonly string[] ChangeVerbs = ["增长", "递增", "增加", "上升", "提高", "下降", "递减", "减少", "扩张", "萎缩"];

    /// <summary>The label, or null when the words before the figure do not end in 以 or the noun after 的 is no pace.</summary>
    public static string? Find(string body, string before, int ownedStart, string owned, Func<string, string?> subject)
    {
        if (!PaceNouns.Contains(owned) || !before.EndsWith('以')
            || subject(LabelText.StripEnd(before[..^1], LabelWords.TrailingLinks)) is not { } what)
        {
            return null;
        }
        var after = ownedStart + owned.Length;
        var verb = body.WordAt(after, ChangeVerbs) ?? "";
        return what + verb + owned;
    }
}
