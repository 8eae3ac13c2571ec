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

    protected override string Holds(string name, string term, DynamicParameters parameters) => Like("ILIKE", name, term, parameters);
}
