using Dapper;

namespace WeiduEtl.Storage.Search;

/// <summary>Where the dialects' search differs: how a term is found, and how a JSON array of reporters is unrolled.</summary>
internal abstract class SearchSql
{
    /// <summary>The text searched, as the PostgreSQL index is built on it.</summary>
    protected const string Searched = "(coalesce(a.headline, '') || ' ' || a.body)";

    /// <summary>A condition on article <c>a</c> true when it holds every term; the values go into <paramref name="parameters"/>.</summary>
    public abstract string Matches(IReadOnlyList<string> terms, DynamicParameters parameters);

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
