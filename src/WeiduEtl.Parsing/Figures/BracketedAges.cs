namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 犯罪嫌疑人张某（男，35岁）, 李某某（女，42岁，农民）: an age in brackets right after a name, as police and court news print
/// it, is that person's age. Runs before <see cref="UnnamedAges"/>, which would call it only 年龄.
/// </summary>
internal static class BracketedAges
{
    private static readonly char[] Opens = ['（', '('];
    private const string Closes = "）)";
    private const int BracketMaxLength = 12;
    private const int NameMaxLength = 10;

    public static void Name(string body, List<FigureCandidate> figures, FoundLabel[] labels)
    {
        for (var i = 0; i < figures.Count; i++)
        {
            if (figures[i].Kind == UnitKind.Age && labels[i].Label is null && PersonBefore(body, figures[i].Start) is { } person)
            {
                labels[i] = FoundLabel.Noun(person);
            }
        }
    }

    private static string? PersonBefore(string body, int start)
    {
        var open = body.LastIndexOfAny(Opens, Math.Max(0, start - 1));
        if (open <= 0 || start - open > BracketMaxLength || body.AsSpan(open, start - open).IndexOfAny(Closes) >= 0)
        {
            return null;
        }
        var nameStart = open;
        while (nameStart > 0 && open - nameStart < NameMaxLength && FigureReader.IsHan(body[nameStart - 1]))
        {
            nameStart--;
        }
        var words = LabelText.AfterLastCut(body[nameStart..open]);
        return words.Length >= 2 && (PersonName.Ends(words) || words.EndsWith('某')) ? words : null;
    }
}
