namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 一等奖（1名）、二等奖（3名）, 入选名镇（4个）：…: a count that fills a bracket on its own, right after a noun, as prize lists
/// and name lists print it, counts that noun. Runs after the other label rules, for a count they left without a label.
/// </summary>
internal static class BracketedCounts
{
    private const int NounMaxLength = 10;

    public static void Name(string body, List<FigureCandidate> figures, FoundLabel[] labels)
    {
        for (var i = 0; i < figures.Count; i++)
        {
            if (figures[i].Kind is UnitKind.Classifier or UnitKind.Count && labels[i].Label is null && NounBefore(body, figures[i]) is { } noun)
            {
                labels[i] = FoundLabel.Noun(noun);
            }
        }
    }

    private static string? NounBefore(string body, FigureCandidate figure)
    {
        var open = figure.Start - 1;
        if (open <= 0 || body[open] is not ('（' or '(') || figure.End >= body.Length || body[figure.End] is not ('）' or ')'))
        {
            return null;
        }
        var nounStart = open;
        while (nounStart > 0 && open - nounStart < NounMaxLength && FigureReader.IsHan(body[nounStart - 1]))
        {
            nounStart--;
        }
        var noun = LabelText.AfterLastCut(body[nounStart..open]);
        return noun.Length >= 2 ? noun : null;
    }
}
