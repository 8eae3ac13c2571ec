using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;
using WeiduEtl.Serving;
using WeiduEtl.Worker.Hosting;

namespace WeiduEtl.Worker.Benchmark;

/// <summary>
/// Search at a size: fills a store in the caller's temporary folder with copies of real parsed pages until it holds
/// the articles asked for, publishes, serves it on 127.0.0.1 and asks /api/articles (a page of 20 with its facets):
/// one at a time for the latency of each kind of query (with the CPU time they took), then 2,000 searches 50 at a time while issues are stored and
/// published beside them, counting errors.
/// </summary>
public sealed class SearchBenchmark(DocumentProcessor processor, IStoreFactory stores, SnapshotStep snapshots)
{
    private const int Sequential = 400;
    private const int LoadSearches = 2_000;
    private const int LoadConcurrency = 50;

    /// <summary>
    /// Fills the store of <paramref name="pipeline"/> (unless it already holds issues: a copy of one kept before) and
    /// measures; a filled store is kept as <paramref name="keepAs"/> when given.
    /// </summary>
    public async Task RunAsync(PipelineOptions pipeline, int articles, IReadOnlyList<string> templatePaths, string? keepAs, Action<string> write, CancellationToken cancellationToken)
    {
        var templates = await ParseAsync(pipeline, templatePaths, cancellationToken);
        var clock = new BenchClock();
        var kept = new KeptStore(pipeline.Database);
        var issues = await kept.IssuesAsync(cancellationToken);
        if (issues > 0)
        {
            write($"bench --search: a copy of a kept store, {BenchReport.Count(issues)} issues, {BenchReport.Count(await kept.ArticlesAsync(cancellationToken))} articles");
        }
        else
        {
            issues = await FillAsync(pipeline, articles, templates, write, cancellationToken);
            if (keepAs is not null)
            {
                await kept.CopyToAsync(keepAs, cancellationToken);
                write($"kept the store as {keepAs}: pass --store {keepAs} again to search a copy of it");
            }
        }
        clock.Restart();
        await snapshots.PublishAsync(pipeline, cancellationToken);
        write($"publish      in {clock.Both}");

        var config = new EtlConfig { Pipelines = [pipeline], ConfigPath = Path.Combine(pipeline.Source.BaseDirectory!, "pipelines.json") };
        await using var app = DatasetServer.Build(config, "http://127.0.0.1:0", l => l.AddWeiduConsoleLogging().SetMinimumLevel(LogLevel.Warning), [pipeline]);
        await app.StartAsync(cancellationToken);
        using var client = new HttpClient { BaseAddress = new Uri(DatasetServer.Addresses(app)[0]) };
        var (indexed, shortTerms) = SearchQueries.From(templates, Sequential);

        await SearchAsync(client, "集成电路", cancellationToken);
        foreach (var (label, queries) in new[] { ("3-4 letters", indexed), ("1-2 letters", shortTerms) })
        {
            var times = new List<double>();
            var found = 0L;
            // The server runs in this process, so its CPU time is the searches' (and the client's, a small part).
            var searching = new BenchClock();
            foreach (var query in queries)
            {
                var (ms, total) = await SearchAsync(client, query, cancellationToken);
                times.Add(ms);
                found += total;
            }
            write($"search       {label}: {queries.Count} one at a time in {searching.Both}, {BenchReport.Count(found / queries.Count)} found on average, load average {LoadAverage()}; {new Percentiles(times)}");
        }

        await LoadAsync(pipeline, templates, issues, client, indexed, write, cancellationToken);
        await app.StopAsync(cancellationToken);
    }

    private async Task<int> FillAsync(PipelineOptions pipeline, int articles, List<IssueRecord> templates, Action<string> write, CancellationToken cancellationToken)
    {
        var perIssue = templates.Average(t => t.Articles.Count);
        var issues = (int)Math.Ceiling(articles / perIssue);
        var clock = new BenchClock();
        var stored = Math.Min(issues, templates.Count);
        for (var n = 0; n < stored; n++)
        {
            await Store(pipeline, templates, n, cancellationToken);
        }
        // Then the store doubles by copying what it holds, set-wise: one issue a transaction ran at about 10 issues/s on
        // the loaded machine, too slow to reach 100,000 articles.
        var copies = new StoredIssueCopies(pipeline.Database, pipeline.Name);
        while (stored < issues)
        {
            var count = Math.Min(stored, issues - stored);
            await copies.CopyAsync(stored, count, SourceUri, cancellationToken);
            stored += count;
        }
        await stores.Issues(pipeline).CatchUpSearchAsync(cancellationToken);
        write($"bench --search: {BenchReport.Count(issues)} issues, {BenchReport.Count((long)Math.Round(issues * perIssue))} articles from {templates.Count} parsed text page(s), " +
            $"the first {BenchReport.Count(Math.Min(issues, templates.Count))} stored one by one and the rest copied set-wise, in {clock.Both}");
        return issues;
    }

    /// <summary>2,000 searches, 50 at a time, while another task stores issues and publishes after each hundred.</summary>
    private async Task LoadAsync(PipelineOptions pipeline, List<IssueRecord> templates, int stored, HttpClient client, List<string> queries, Action<string> write, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writes = Task.Run(async () =>
        {
            var (added, published) = (0, 0);
            while (!stop.IsCancellationRequested)
            {
                await Store(pipeline, templates, stored + added++, CancellationToken.None);
                if (added % 100 == 0)
                {
                    // As a pass of a hundred pages ends: the search index catches up, then a snapshot is published.
                    await stores.Issues(pipeline).CatchUpSearchAsync(CancellationToken.None);
                    await snapshots.PublishAsync(pipeline, CancellationToken.None);
                    published++;
                }
            }
            return (added, published);
        }, CancellationToken.None);

        var times = new double[LoadSearches];
        var errors = 0;
        var clock = new BenchClock();
        await Parallel.ForAsync(0, LoadSearches, new ParallelOptions { MaxDegreeOfParallelism = LoadConcurrency, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            try
            {
                (times[i], _) = await SearchAsync(client, queries[i % queries.Count], ct);
            }
            catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
            {
                // An error answer, or no answer within HttpClient's 100 s.
                Interlocked.Increment(ref errors);
            }
        });
        var elapsed = clock.Elapsed;
        await stop.CancelAsync();
        var (issuesAdded, publishes) = await writes;
        write($"load         {BenchReport.Count(LoadSearches)} searches {LoadConcurrency} at a time in {BenchReport.Seconds(elapsed)} s = {BenchReport.Rate(LoadSearches, elapsed)}/s, " +
            $"{errors} errors, while {issuesAdded} issues were stored and {publishes} snapshots published; {new Percentiles(times.Where(t => t > 0))}");
    }

    private static async Task<(double Ms, long Total)> SearchAsync(HttpClient client, string query, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync($"/api/articles?q={Uri.EscapeDataString(query)}", cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var ms = watch.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"/api/articles?q={query}: {(int)response.StatusCode} {body}");
        }
        using var json = System.Text.Json.JsonDocument.Parse(body);
        return (ms, json.RootElement.GetProperty("total").GetInt64());
    }

    private Task Store(PipelineOptions pipeline, List<IssueRecord> templates, int n, CancellationToken cancellationToken) =>
        stores.Issues(pipeline).SaveIssueAsync(SyntheticIssues.Copy(templates[n % templates.Count], pipeline.Name, SourceUri(n), SyntheticIssues.DayOf(n)), cancellationToken);

    private static string SourceUri(int n) => $"search/{n:D7}.txt";

    /// <summary>The machine's 1, 5 and 15 minute load (Linux), which says how far the wall times are other sessions' too.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private async Task<List<IssueRecord>> ParseAsync(PipelineOptions pipeline, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var templates = new List<IssueRecord>();
        foreach (var path in paths)
        {
            var (record, _) = processor.TryProcess(pipeline, new SourceDocument(Path.GetFileName(path), await File.ReadAllBytesAsync(path, cancellationToken), MediaTypes.Text));
            if (record is { Articles.Count: > 0 })
            {
                templates.Add(record);
            }
        }
        return templates.Count > 0 ? templates : throw new InvalidOperationException("bench --search: none of the template pages could be parsed");
    }
}
