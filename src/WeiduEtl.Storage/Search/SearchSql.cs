using Dapper;

namespace WeiduEtl.Storage.Search;

/// <summary>Where the dialects' search differs: how a term is found, and how a JSON array of reporters is unrolled.</summary>
internal abstract class SearchSql
{
    /// <summary>The text searched, as the PostgreSQL index is built on it.</summary>
    protected const string Searched = "(coalesce(a.headline, '') || ' ' || a.body)";

    /// <summary>The articles and issues joined, as <c>a</c> and <c>i</c>, when no index narrows them first.</summary>
    protected const string AllArticles = "FROM articles a JOIN issues i ON i.issue_id = a.issue_id";

    /// <summary>
    /// The FROM clause giving articles <c>a</c> with their issues <c>i</c>, and a condition true when an article holds
    /// every term; the values go into <paramref name="parameters"/>.
    /// </summary>
    public abstract (string From, string Where) Matches(IReadOnlyList<string> terms, DynamicParameters parameters);

    /// <summary>A FROM item giving one row <c>r(value)</c> per reporter of article <c>a</c>.</summary>
    public abstract string ReporterRows { get; }

    protected static string Like(string op, IEnumerable<string> terms, DynamicParameters parameters, int first)
    {
        var conditions = new List<string>();
        var n = first;
        foreach (var term in terms)
        {
            parameters.Add($"term{n}", SearchTerms.Contains(term));
            conditions.Add($"{Searched} {op} @term{n} ESCAPE '\\'");
            n++;
        }
        return conditions.Count == 0 ? "1 = 1" : string.Join(" AND ", conditions);
    }
}
