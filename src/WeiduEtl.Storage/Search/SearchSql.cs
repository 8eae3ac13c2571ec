using System.Data.Common;
using Dapper;

namespace WeiduEtl.Storage.Search;

/// <summary>
/// Where the dialects' search differs: how a term is found, how the hits are gathered for the count, facets and page
/// to read.
/// </summary>
internal abstract class SearchSql
{
    /// <summary>The text searched, as the PostgreSQL index is built on it.</summary>
    protected const string Searched = "(coalesce(a.headline, '') || ' ' || a.body)";

    /// <summary>The articles and issues joined, as <c>a</c> and <c>i</c>, when no index narrows them first.</summary>
    protected const string AllArticles = "FROM articles a JOIN issues i ON i.issue_id = a.issue_id";

    /// <summary>Every article with its issue, those <paramref name="where"/> holds for selected.</summary>
    protected static SearchSource Articles(string where) => new(AllArticles, where, "i", "a");

    /// <summary>
    /// The whole answer without gathering the hits in SQL, when the dialect can give it (SQLite, from the facet columns
    /// it holds in memory); null when it cannot, and the hits are gathered.
    /// </summary>
    public virtual Task<ArticleSearchResult?> AnswerAsync(DbConnection connection, IReadOnlyList<string> terms, SearchFilters filters, int offset, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<ArticleSearchResult?>(null);

    /// <summary>A transaction the search's statements run in, when the dialect needs one to plan them; null when not.</summary>
    public virtual Task<DbTransaction?> BeginSearchAsync(DbConnection connection, IReadOnlyList<string> terms, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction?>(null);

    /// <summary>
    /// The articles holding every term, the filters to be added to its condition; the values go into
    /// <paramref name="parameters"/>.
    /// </summary>
    public abstract Task<SearchSource> MatchesAsync(DbConnection connection, IReadOnlyList<string> terms, DynamicParameters parameters, CancellationToken cancellationToken);

    /// <summary>
    /// A FROM item giving the hits as <c>h</c>, with the columns of <see cref="SearchSource.HitColumns"/>, for the
    /// articles <paramref name="source"/> selects.
    /// </summary>
    public abstract Task<string> HitsAsync(DbConnection connection, SearchSource source, DynamicParameters parameters, CancellationToken cancellationToken);

    /// <summary>
    /// Rows of the hits <c>h</c> of <paramref name="hits"/> for <see cref="SearchFacets"/>: pipeline, month, section, kind,
    /// reporters, and how many hits have them.
    /// </summary>
    public abstract string FacetRows(string hits);

    /// <summary>Every term's condition joined by AND (true for none); each term's value is one parameter.</summary>
    protected string AllOf(IEnumerable<string> terms, DynamicParameters parameters)
    {
        var conditions = terms.Select((term, n) => Holds($"term{n}", term, parameters)).ToList();
        return conditions.Count == 0 ? "1 = 1" : string.Join(" AND ", conditions);
    }

    /// <summary>A condition true when article <c>a</c> holds <paramref name="term"/>, which it adds to the parameters as <c>@name</c>.</summary>
    protected abstract string Holds(string name, string term, DynamicParameters parameters);

    protected static string Like(string op, string name, string term, DynamicParameters parameters)
    {
        parameters.Add(name, SearchTerms.Contains(term));
        return $"{Searched} {op} @{name} ESCAPE '\\'";
    }
}
