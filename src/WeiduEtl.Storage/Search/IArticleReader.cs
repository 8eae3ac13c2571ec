namespace WeiduEtl.Storage.Search;

/// <summary>Reads one database for people exploring it: search, an article, an issue, a person. Never writes.</summary>
public interface IArticleReader
{
    Task<ArticleSearchResult> SearchAsync(ArticleSearchQuery query, CancellationToken cancellationToken);

    Task<ArticleDetail?> ArticleAsync(string articleId, CancellationToken cancellationToken);

    Task<IssueDetail?> IssueAsync(string issueId, CancellationToken cancellationToken);

    /// <summary>Every mention of <paramref name="name"/>, every quote given to them and every byline of theirs, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<PersonAppearance>> PersonAsync(string name, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<IssueDateCounts>> CountsByIssueDateAsync(string pipeline, CancellationToken cancellationToken);

    Task<DatabaseState> StateAsync(CancellationToken cancellationToken);
}
