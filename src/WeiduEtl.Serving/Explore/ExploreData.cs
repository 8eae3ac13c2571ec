using System.Data.Common;
using WeiduEtl.Core.Options;
using WeiduEtl.Storage.Search;

namespace WeiduEtl.Serving.Explore;

/// <summary>
/// The served pipelines' databases, read for people exploring them. Pipelines sharing a database are read together;
/// only served pipelines' rows are shown. A SQLite file not made yet is an empty database, not created here.
/// </summary>
internal sealed class ExploreData(ServedDatasets datasets, IArticleReaders readers)
{
    /// <summary>How deep a search over several databases may page: each is asked for every row before the page.</summary>
    public const int MaxMergedDepth = 1_000;

    private IEnumerable<(string Database, IReadOnlyList<string> Pipelines)> Databases(string? pipeline = null) =>
        datasets.Pipelines
            .Where(p => pipeline is null || string.Equals(p.Name, pipeline, StringComparison.Ordinal))
            .Where(p => DatabaseValue.IsPostgres(p.Database) || File.Exists(p.Database))
            .GroupBy(p => p.Database, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<string>)[.. g.Select(p => p.Name)]));

    public IReadOnlyList<PipelineOptions> Pipelines => datasets.Pipelines;

    public bool Serves(string pipeline) => datasets.Find(pipeline) is not null;

    public async Task<ArticleSearchResult> SearchAsync(ArticleSearchQuery query, CancellationToken cancellationToken)
    {
        var databases = Databases(string.IsNullOrWhiteSpace(query.Pipeline) ? null : query.Pipeline).ToList();
        if (databases.Count == 1)
        {
            return await readers.Reader(databases[0].Database).SearchAsync(query with { Pipelines = databases[0].Pipelines }, cancellationToken);
        }
        var depth = query.Page * query.PageSize;
        if (depth > MaxMergedDepth)
        {
            throw new ArgumentException($"the pipelines are in {databases.Count} databases: results past {MaxMergedDepth} are shown only for one pipeline (add pipeline=…)");
        }
        var results = new List<ArticleSearchResult>();
        foreach (var (database, pipelines) in databases)
        {
            results.Add(await readers.Reader(database).SearchAsync(query with { Pipelines = pipelines, Page = 1, PageSize = depth }, cancellationToken));
        }
        var items = results.SelectMany(r => r.Items)
            .OrderByDescending(i => i.IssueDate ?? "", StringComparer.Ordinal).ThenBy(i => i.ArticleId, StringComparer.Ordinal)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList();
        var facets = ArticleSearchResult.FacetNames.ToDictionary(n => n, n => (IReadOnlyList<FacetValue>)[.. results
            .SelectMany(r => r.Facets[n]).GroupBy(f => f.Value, StringComparer.Ordinal)
            .Select(g => new FacetValue(g.Key, g.Sum(f => f.Count))).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)]);
        return new ArticleSearchResult(results.Sum(r => r.Total), items, facets);
    }

    public Task<ArticleDetail?> ArticleAsync(string articleId, CancellationToken cancellationToken) =>
        FirstAsync((reader, ct) => reader.ArticleAsync(articleId, ct), a => a.Issue.Pipeline, cancellationToken);

    public Task<IssueDetail?> IssueAsync(string issueId, CancellationToken cancellationToken) =>
        FirstAsync((reader, ct) => reader.IssueAsync(issueId, ct), i => i.Issue.Pipeline, cancellationToken);

    public async Task<IReadOnlyList<PersonAppearance>> PersonAsync(string name, int limit, CancellationToken cancellationToken)
    {
        var found = new List<PersonAppearance>();
        foreach (var (database, _) in Databases())
        {
            found.AddRange((await readers.Reader(database).PersonAsync(name, limit, cancellationToken)).Where(p => Serves(p.Pipeline)));
        }
        return [.. found.OrderByDescending(p => p.IssueDate ?? "", StringComparer.Ordinal).ThenBy(p => p.ArticleId, StringComparer.Ordinal)
            .ThenBy(p => p.Kind, StringComparer.Ordinal).ThenBy(p => p.RowId, StringComparer.Ordinal).Take(limit)];
    }

    public async Task<IReadOnlyList<IssueDateCounts>> CountsAsync(PipelineOptions pipeline, CancellationToken cancellationToken) =>
        Databases(pipeline.Name).Any() ? await readers.Reader(pipeline.Database).CountsByIssueDateAsync(pipeline.Name, cancellationToken) : [];

    /// <summary>One line naming what the page was read from: each database's schema version, size and last parse.</summary>
    public async Task<string> StateAsync(CancellationToken cancellationToken)
    {
        var parts = new List<string>();
        foreach (var (database, pipelines) in Databases())
        {
            try
            {
                var state = await readers.Reader(database).StateAsync(cancellationToken);
                parts.Add($"{string.Join("、", pipelines)}：数据库结构第 {state.SchemaVersion} 版，{state.Issues} 期 {state.Articles} 篇，最后解析于 {Html.Time(state.LastParsedAt)}");
            }
            catch (Exception ex) when (ex is DbException or IOException or InvalidOperationException)
            {
                parts.Add($"{string.Join("、", pipelines)}：数据库无法读取");
            }
        }
        return parts.Count == 0 ? "尚无数据库" : string.Join("；", parts);
    }

    private async Task<T?> FirstAsync<T>(Func<IArticleReader, CancellationToken, Task<T?>> read, Func<T, string> pipelineOf, CancellationToken cancellationToken)
        where T : class
    {
        foreach (var (database, _) in Databases())
        {
            if (await read(readers.Reader(database), cancellationToken) is { } found && Serves(pipelineOf(found)))
            {
                return found;
            }
        }
        return null;
    }
}
