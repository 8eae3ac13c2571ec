namespace WeiduEtl.Parsing.Layout;

/// <summary>
/// The letter size a page's body text is set in: the size (to a tenth of a point) that carries the most letters.
/// Every size threshold of the lexicon's layout tuning is a multiple of it.
/// </summary>
internal static class BodyTextSize
{
    public static double? Of(IEnumerable<(double Size, int Letters)> runs)
    {
        var bySize = runs.Where(r => r.Size > 0 && r.Letters > 0)
            .GroupBy(r => Math.Round(r.Size, 1))
            .Select(g => (Size: g.Key, Letters: g.Sum(r => r.Letters)))
            .ToList();
        return bySize.Count == 0 ? null : bySize.MaxBy(s => s.Letters).Size;
    }
}
