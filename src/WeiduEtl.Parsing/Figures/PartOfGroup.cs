namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 参与调查的企业中，有67%表示…; 在这些贫困户中，已有30户脱贫: a figure with no words of its own, opening the clause after
/// one that ends in 中, counts a part of the group that clause names; 其中 names no group (the figure before it does).
/// </summary>
internal static class PartOfGroup
{
    private const int MaxLength = 14;

    private static readonly string[] Leads = ["在", "从"];

    /// <summary>The group's noun phrase, or null when the clause before does not end in …中，.</summary>
    public static string? Find(string body, int clauseStart, int floor)
    {
        if (clauseStart < 3 || clauseStart - 1 <= floor || !LabelWords.IsComma(body, clauseStart - 1))
        {
            return null;
        }
        var start = Math.Max(floor, body.AsSpan(0, clauseStart - 1).LastIndexOfAny(LabelWords.ClauseBreaksOutsideLists) + 1);
        var previous = body[start..(clauseStart - 1)];
        if (!previous.EndsWith('中') || previous.EndsWith("其中", StringComparison.Ordinal))
        {
            return null;
        }
        var group = LabelText.WithoutDemonstrative(LabelText.StripStart(previous[..^1], Leads));
        group = group.StartsWith("这些", StringComparison.Ordinal) || group.StartsWith("那些", StringComparison.Ordinal) ? group[2..] : group;
        return group.Length is >= 2 and <= MaxLength && group.All(FigureReader.IsHan) ? group : null;
    }
}
