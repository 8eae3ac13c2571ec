namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// Finds what a figure counts or measures, from the words around it, or null when no rule applies.
/// Rules, in order:
/// <list type="number">
/// <item>A length followed by a dimension: 约1.2米高 → 高.</item>
/// <item>A measure word followed by a noun: 8个城管执法岗亭 → 城管执法岗亭; 十来亩西瓜 → 西瓜.</item>
/// <item>Durations and ages only take a measure noun just before them (工期3个月 → 工期), never a verb (瓜农挂念90岁).</item>
/// <item>Otherwise the words before the number, within the clause: link words (共计, 达, 为…) dropped from the end,
/// then the text after the last verb or function word (出动|巡查车次, 已|走访群众, 等|物品), without scope words (全区, 各类).</item>
/// <item>When that runs longer than 8 characters, a measure noun ending the clause (…基地项目占地 → 占地).</item>
/// </list>
/// </summary>
internal static class LabelFinder
{
    private const int MaxLength = 8;

    public static string? Find(string body, FigureCandidate figure, int floor)
    {
        if (figure.Kind == UnitKind.Length && figure.End < body.Length && LabelWords.Dimensions.Contains(body[figure.End], StringComparison.Ordinal)
            && (figure.End + 1 >= body.Length || body[figure.End + 1] != '度'))
        {
            return body[figure.End].ToString();
        }
        if (figure.Kind is UnitKind.Classifier or UnitKind.Measure && FollowingNoun(body, figure.End) is { } noun)
        {
            return noun;
        }
        var clause = StripEnd(PrecedingClause(body, figure.Start, floor), LabelWords.TrailingLinks);
        if (figure.Kind is UnitKind.Time or UnitKind.Age)
        {
            return MeasureNounEnding(clause);
        }
        var label = StripStart(AfterLastCut(clause), LabelWords.LeadingScopes);
        return label.Length is > 0 and <= MaxLength ? label : MeasureNounEnding(clause);
    }

    private static string? FollowingNoun(string body, int start)
    {
        var end = start;
        while (end < body.Length && end - start <= MaxLength && FigureReader.IsHan(body[end])
            && !LabelWords.CutsAfter.Any(c => body.AsSpan(end).StartsWith(c, StringComparison.Ordinal))
            && !ChineseNumeral.IsChineseDigit(body[end]))
        {
            end++;
        }
        return end - start is > 0 and <= MaxLength ? body[start..end] : null;
    }

    private static string PrecedingClause(string body, int end, int floor)
    {
        var start = end;
        while (start > floor && !LabelWords.ClauseBreaks.Contains(body[start - 1], StringComparison.Ordinal))
        {
            start--;
        }
        return body[start..end];
    }

    private static string AfterLastCut(string clause)
    {
        for (var i = clause.Length - 1; i >= 0; i--)
        {
            foreach (var cut in LabelWords.CutsBefore)
            {
                // A single character left after a cut means the cut was inside a word (覆盖|率, 就|业).
                if (clause.AsSpan(i).StartsWith(cut, StringComparison.Ordinal) && clause.Length - i - cut.Length != 1)
                {
                    return clause[(i + cut.Length)..];
                }
            }
        }
        return clause;
    }

    private static string StripEnd(string text, string[] words)
    {
        var changed = true;
        while (changed && text.Length > 0)
        {
            changed = false;
            foreach (var word in words)
            {
                if (text.EndsWith(word, StringComparison.Ordinal))
                {
                    text = text[..^word.Length];
                    changed = true;
                    break;
                }
            }
        }
        return text;
    }

    private static string StripStart(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal) && text.Length > word.Length)
            {
                return text[word.Length..];
            }
        }
        return text;
    }

    private static string? MeasureNounEnding(string clause) =>
        LabelWords.MeasureNouns.FirstOrDefault(n => clause.EndsWith(n, StringComparison.Ordinal));
}
