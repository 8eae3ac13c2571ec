using System.Data.Common;
using Dapper;

namespace WeiduEtl.Storage.Search;

/// <summary>
/// The reader on SQLite and PostgreSQL alike; only the search condition differs (<see cref="SearchSql"/>). This file:
/// search. The pages' reads live in the other part of this class. Every value is a parameter.
/// </summary>
internal sealed partial class DapperArticleReader(StoreDatabase database, SearchSql dialect) : IArticleReader
{
    public async Task<ArticleSearchResult> SearchAsync(ArticleSearchQuery query, CancellationToken cancellationToken)
    {
        var terms = query.Terms;
        if (terms.Count == 0)
        {
            return ArticleSearchResult.Empty;
        }
        var parameters = new DynamicParameters();
        var pageSize = Math.Clamp(query.PageSize, 1, ArticleSearchQuery.MaxPageSize);
        var offset = (Math.Clamp(query.Page, 1, ArticleSearchQuery.MaxPage) - 1) * pageSize;
        parameters.Add("limit", pageSize);
        parameters.Add("offset", offset);

        var filters = SearchFilters.Of(query);
        await using var connection = await database.OpenAsync(cancellationToken);
        if (await dialect.AnswerAsync(connection, terms, filters, offset, pageSize, cancellationToken) is { } answered)
        {
            return answered;
        }
        await using var transaction = await dialect.BeginSearchAsync(connection, terms, cancellationToken);
        var source = await ConditionsAsync(connection, filters, terms, parameters, cancellationToken);
        var hits = await dialect.HitsAsync(connection, source, parameters, cancellationToken);
        var facets = new SearchFacets();
        await using (var rows = await connection.ExecuteReaderAsync(Command(dialect.FacetRows(hits), parameters, transaction, cancellationToken)))
        {
            string? Text(int column) => rows.IsDBNull(column) ? null : rows.GetString(column);
            while (await rows.ReadAsync(cancellationToken))
            {
                facets.Add(Text(0), Text(1), Text(2), Text(3), Text(4), Convert.ToInt32(rows.GetValue(5), System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        if (facets.Total == 0)
        {
            return ArticleSearchResult.Empty;
        }
        // The page is chosen among the hits, then only its articles are read whole. issue_date may be empty; coalesce
        // puts those last on both databases (PostgreSQL sorts NULL first when descending).
        var items = await connection.QueryAsync<ArticleHit>(Command($"""
            SELECT a.article_id, a.issue_id, p.issue_date, p.pipeline, a.headline, a.section, a.kind, a.reporters, a.page, a.body
            FROM (SELECT h.article_id, h.issue_date, h.pipeline FROM {hits} ORDER BY coalesce(h.issue_date, '') DESC, h.article_id LIMIT @limit OFFSET @offset) p
            JOIN articles a ON a.article_id = p.article_id
            ORDER BY coalesce(p.issue_date, '') DESC, p.article_id
            """, parameters, transaction, cancellationToken));
        return new ArticleSearchResult(facets.Total, [.. items], facets.Largest());
    }

    /// <summary>The articles searched, with the terms' and the filters' condition on them.</summary>
    private async Task<SearchSource> ConditionsAsync(DbConnection connection, SearchFilters filters, IReadOnlyList<string> terms, DynamicParameters parameters, CancellationToken cancellationToken)
    {
        var source = await dialect.MatchesAsync(connection, terms, parameters, cancellationToken);
        var (i, a) = (source.Issue, source.Article);
        var conditions = new List<string> { source.Where };
        void Add(string? value, string name, string condition)
        {
            if (value is not null)
            {
                parameters.Add(name, value);
                conditions.Add(condition);
            }
        }
        Add(filters.Pipeline, "pipeline", $"{i}.pipeline = @pipeline");
        if (filters.Pipelines is { } pipelines)
        {
            // One parameter each: Dapper would pass a list to Npgsql as one array, which IN does not take.
            var names = pipelines.Select((name, n) =>
            {
                parameters.Add($"pipeline{n}", name);
                return $"@pipeline{n}";
            }).ToList();
            conditions.Add(names.Count == 0 ? "1 = 0" : $"{i}.pipeline IN ({string.Join(", ", names)})");
        }
        Add(filters.From, "from", $"{i}.issue_date >= @from");
        Add(filters.To, "to", $"{i}.issue_date <= @to");
        Add(filters.Month is { } m ? SearchTerms.EscapeLike(m) + "-%" : null, "month", $"{i}.issue_date LIKE @month ESCAPE '\\'");
        Add(filters.Section, "section", $"{a}.section = @section");
        Add(filters.Kind, "kind", $"{a}.kind = @kind");
        // Reporters are a JSON array of strings: the name as JSON writes it, quotes included, is one element.
        Add(filters.ReporterJson is { } r ? SearchTerms.Contains(r) : null, "reporter", $"{a}.reporters LIKE @reporter ESCAPE '\\'");
        return source with { Where = string.Join(" AND ", conditions) };
    }

    private static CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, cancellationToken: cancellationToken);

    private static CommandDefinition Command(string sql, object? parameters, DbTransaction? transaction, CancellationToken cancellationToken) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);
}
