namespace WeiduEtl.Parsing.Entities.Quality;

/// <summary>
/// What one rule found on labelled pages and how much of it a reader agrees with, so that a consumer can keep the rows
/// of the rules that are right often enough for their use (the <c>rule</c> column of mentions and quotes).
/// </summary>
/// <param name="Kind"><c>person</c> or <c>organisation</c> (a name a reader labelled on the page), <c>quote</c> (a quotation
/// a reader labelled as one) or <c>speaker</c> (of labelled quotations the rule attributed, those whose speaker agrees with
/// the label).</param>
public sealed record RuleTally(string Kind, string Rule, int Found, int Right)
{
    public double Precision => Found == 0 ? 1 : (double)Right / Found;

    /// <summary>The tallies of both lists, a rule's counts added where it is in both.</summary>
    public static IReadOnlyList<RuleTally> Sum(IReadOnlyList<RuleTally> a, IReadOnlyList<RuleTally> b) =>
    [
        .. a.Concat(b)
            .GroupBy(t => (t.Kind, t.Rule))
            .Select(g => new RuleTally(g.Key.Kind, g.Key.Rule, g.Sum(t => t.Found), g.Sum(t => t.Right)))
            .OrderBy(t => t.Kind, StringComparer.Ordinal).ThenByDescending(t => t.Found).ThenBy(t => t.Rule, StringComparer.Ordinal),
    ];
}
