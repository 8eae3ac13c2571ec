namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 40岁以下、40至50岁、50岁以上科研人员: ages listed before the person word they qualify are all that person's, though
/// only the last stands next to it. An age in the list with a label of its own keeps it.
/// </summary>
internal static class ListedAges
{
    public static void Share(string body, List<FigureCandidate> figures, FoundLabel[] labels)
    {
        for (var i = figures.Count - 1; i > 0; i--)
        {
            if (figures[i].Kind != UnitKind.Age || labels[i].Label is not { } person
                || !body.AsSpan(figures[i].End).StartsWith(person, StringComparison.Ordinal))
            {
                continue;
            }
            for (var k = i - 1; k >= 0 && figures[k].Kind == UnitKind.Age && labels[k].Label is null && Joined(body, figures[k], figures[k + 1]); k--)
            {
                labels[k] = labels[i];
            }
        }
    }

    private static bool Joined(string body, FigureCandidate before, FigureCandidate after) =>
        (FigurePatterns.ListJoint().Match(body, before.End) is { Success: true } list && before.End + list.Length == after.Start)
        || RangeLinker.Joined(body, before, after);
}
