namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// A small count in Chinese numerals that sums up the list printed beside it announces how what is said is built, not a
/// quantity: 兴庆、金凤、西夏三区 counts the three names before it, 两类苗头性、倾向性问题 the two kinds after it. The
/// count must equal the number of items, and no item may hold a number of its own (两座桥、三条路 are two figures).
/// </summary>
internal static class StructureCounts
{
    /// <summary>Measure words of kinds and parts, the only ones that announce a list after them (两类…、…问题).</summary>
    private static readonly string[] KindWords = ["类", "种", "层", "大", "方面", "个方面"];

    private const int MaxCount = 10;

    public static bool SumsUpList(string body, FigureCandidate figure)
    {
        if (!figure.Chinese || figure.Value is < 2 or > MaxCount || figure.Start != figure.NumberStart || figure.Unit is null)
        {
            return false;
        }
        var clauseStart = body.AsSpan(0, figure.Start).LastIndexOfAny(LabelWords.ClauseBreaksOutsideLists) + 1;
        if (Items(body.AsSpan(clauseStart, figure.Start - clauseStart)) == figure.Value)
        {
            return true;
        }
        if (!KindWords.Contains(figure.Unit))
        {
            return false;
        }
        var after = body.AsSpan(figure.End);
        var clauseEnd = after.IndexOfAny(LabelWords.ClauseBreaksOutsideLists);
        return Items(clauseEnd < 0 ? after : after[..clauseEnd]) == figure.Value;
    }

    /// <summary>How many items a 、-list holds, or 0 when the text is no list or an item holds a number.</summary>
    private static int Items(ReadOnlySpan<char> text)
    {
        var joints = text.Count('、');
        if (joints == 0)
        {
            return 0;
        }
        foreach (var c in text)
        {
            if (ChineseNumeral.IsArabicDigit(c) || ChineseNumeral.IsChineseDigit(c) || c == '十')
            {
                return 0;
            }
        }
        return joints + 1;
    }
}
