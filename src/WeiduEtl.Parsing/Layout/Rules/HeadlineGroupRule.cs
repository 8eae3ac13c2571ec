namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// Splits the display lines over an item into kicker (引题), headline (主题) and subheadline (副题). With letter
/// sizes the largest print is the headline, what stands above it the kicker and below it the subheadline. From
/// text alone: a dash or brackets mark the subheadline; of two unmarked lines the first is the kicker; of three,
/// kicker, headline, subheadline.
/// </summary>
internal static class HeadlineGroupRule
{
    /// <summary>How far apart two lines' type sizes may be (a share of the larger) and still be one headline's type.</summary>
    public const double SameSize = 0.05;

    /// <summary>
    /// Two or more display lines marked as one headline group: a lead-in ending in —— over the next line, or a line under
    /// the first opening with ——.
    /// </summary>
    public static bool IsMarkedGroup(IReadOnlyList<string> lines)
    {
        if (lines.Count < 2)
        {
            return false;
        }
        var leadIn = lines.Take(lines.Count - 1).Any(l => Punctuation.FoldTrimmed(l).EndsWith('—'));
        var marked = lines.Skip(1).Any(l => Punctuation.FoldTrimmed(l).StartsWith('—'));
        return leadIn || marked;
    }

    public static HeadlineGroup Split(IReadOnlyList<(string Text, double? FontSize)> lines)
    {
        if (lines.Count == 0)
        {
            return new HeadlineGroup(null, null, null, []);
        }
        if (lines.Count > 1 && lines.All(l => l.FontSize is > 0))
        {
            return SplitBySize(lines);
        }
        var texts = lines.Select(l => Punctuation.TrimSpaces(l.Text)).ToList();
        string? sub = null;
        if (texts.Count > 1 && HeadingShapeRule.IsMarkedSubheadline(texts[^1]))
        {
            sub = HeadingShapeRule.StripDash(texts[^1]);
            texts.RemoveAt(texts.Count - 1);
        }
        else if (texts.Count >= 3)
        {
            sub = texts[^1];
            texts.RemoveAt(texts.Count - 1);
        }
        var headline = texts[^1];
        string? kicker = texts.Count >= 2 ? texts[^2] : null;
        var leftovers = texts.Count > 2 ? texts.Take(texts.Count - 2).ToList() : [];
        return new HeadlineGroup(kicker, headline, sub, leftovers);
    }

    private static HeadlineGroup SplitBySize(IReadOnlyList<(string Text, double? FontSize)> lines)
    {
        if (HeadingShapeRule.IsMarkedSubheadline(Punctuation.TrimSpaces(lines[^1].Text)))
        {
            // A dash or brackets mark the subheadline whatever its size (（国际时评） may be set as large as the headline).
            var above = Split(lines.Take(lines.Count - 1).ToList());
            return above with { Subheadline = HeadingShapeRule.StripDash(Punctuation.TrimSpaces(lines[^1].Text)) };
        }
        var max = lines.Max(l => l.FontSize!.Value);
        var first = -1;
        var last = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].FontSize!.Value >= max * (1 - SameSize))
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        // A headline printed over two lines (staggered, or letter-spaced apart) comes as blocks of the same size.
        var headline = string.Concat(lines.Skip(first).Take(last - first + 1).Select(l => Punctuation.TrimSpaces(l.Text)));
        var before = lines.Take(first).Select(l => Punctuation.TrimSpaces(l.Text)).ToList();
        var after = lines.Skip(last + 1).Select(l => Punctuation.TrimSpaces(l.Text)).ToList();
        var kicker = before.Count > 0 ? before[^1] : null;
        var sub = after.Count > 0 ? HeadingShapeRule.StripDash(string.Concat(after)) : null;
        var leftovers = before.Count > 1 ? before.Take(before.Count - 1).ToList() : [];
        return new HeadlineGroup(kicker, headline, sub, leftovers);
    }
}
