namespace WeiduEtl.Storage.Search;

/// <summary>
/// What a person asked for: words typed (searched as text, never as query syntax) and the facet filters.
/// <see cref="Page"/> counts from 1.
/// </summary>
public sealed record ArticleSearchQuery
{
    public const int MaxPageSize = 100;
    public const int MaxPage = 500;
    public const int MaxQueryLength = 200;
    public const int MaxTerms = 8;

    public string Text { get; init; } = "";
    public string? Pipeline { get; init; }

    /// <summary>When set, only these pipelines' articles (a database may hold pipelines that are not served).</summary>
    public IReadOnlyList<string>? Pipelines { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public string? Month { get; init; }
    public string? Section { get; init; }
    public string? Reporter { get; init; }
    public string? Kind { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;

    /// <summary>The terms searched: split at white space, at most <see cref="MaxTerms"/>, each as typed.</summary>
    public IReadOnlyList<string> Terms => SearchTerms.Split(Text);
}
