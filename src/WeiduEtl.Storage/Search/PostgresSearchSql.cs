using Dapper;

namespace WeiduEtl.Storage.Search;

/// <summary>PostgreSQL: every term by ILIKE on the text the pg_trgm GIN index is built on, which it uses for three letters or more.</summary>
internal sealed class PostgresSearchSql : SearchSql
{
    public override string ReporterRows => "jsonb_array_elements_text(a.reporters::jsonb) AS r(value)";

    public override (string From, string Where) Matches(IReadOnlyList<string> terms, DynamicParameters parameters) =>
        (AllArticles, Like("ILIKE", terms, parameters, 0));
}
