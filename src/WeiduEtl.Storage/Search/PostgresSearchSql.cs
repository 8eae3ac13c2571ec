using System.Data.Common;
using Dapper;

namespace WeiduEtl.Storage.Search;

/// <summary>
/// PostgreSQL: every term by ILIKE on the text the pg_trgm GIN index is built on, which it uses for three letters or
/// more. The hits are a subquery each statement repeats, which the planner folds into it.
/// </summary>
internal sealed class PostgresSearchSql : SearchSql
{
    public override Task<SearchSource> MatchesAsync(DbConnection connection, IReadOnlyList<string> terms, DynamicParameters parameters, CancellationToken cancellationToken) =>
        Task.FromResult(Articles(AllOf(terms, parameters)));

    public override Task<string> HitsAsync(DbConnection connection, SearchSource source, DynamicParameters parameters, CancellationToken cancellationToken) =>
        Task.FromResult($"(SELECT {source.HitColumns} {source.From} WHERE {source.Where}) h");

    /// <summary>Grouped by every facet column together: one reading of the hits, and only the groups cross the wire.</summary>
    public override string FacetRows(string hits) => $"""
        SELECT h.pipeline, substr(h.issue_date, 1, 7), h.section, h.kind, h.reporters, CAST(COUNT(*) AS INTEGER)
        FROM {hits} GROUP BY h.pipeline, substr(h.issue_date, 1, 7), h.section, h.kind, h.reporters
        """;

    protected override string Holds(string name, string term, DynamicParameters parameters) => Like("ILIKE", name, term, parameters);
}
