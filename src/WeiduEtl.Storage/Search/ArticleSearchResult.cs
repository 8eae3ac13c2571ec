namespace WeiduEtl.Storage.Search;

/// <summary>
/// A page of results in a stable order (newest issue first, then article id), the number found in all, and the
/// facets of everything found, each value with its count, largest first.
/// </summary>
public sealed record ArticleSearchResult(int Total, IReadOnlyList<ArticleHit> Items, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    /// <summary>The facets in the order pages show them.</summary>
    public static readonly IReadOnlyList<string> FacetNames = ["pipeline", "month", "section", "reporter", "kind"];

    public static ArticleSearchResult Empty { get; } = new(0, [], FacetNames.ToDictionary(n => n, _ => (IReadOnlyList<FacetValue>)[]));
}
