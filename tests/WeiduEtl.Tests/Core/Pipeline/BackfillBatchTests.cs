using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using WeiduEtl.Core;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;
using WeiduEtl.Parsing;
using WeiduEtl.Publishing;
using WeiduEtl.Sources;
using WeiduEtl.Storage;
using WeiduEtl.Tests.Parsing.Figures;
using WeiduEtl.Tests.Support;
using WeiduEtl.TestSupport.Postgres;

namespace WeiduEtl.Tests.Core.Pipeline;

/// <summary>
/// <c>backfill --all --reparse</c> under the real pass, parser and store: the issues parsed again are stored several
/// a transaction, as a pass stores them, and a document the database refuses costs only itself.
/// </summary>
public abstract class BackfillBatchTests : IAsyncLifetime, IDisposable
{
    private const int Pages = 5;
    private const string BadPage = "page-3.txt";

    protected TempFolder Temp { get; } = new();

    protected abstract string? SkipReason { get; }

    protected abstract string NewDatabase();

    public Task InitializeAsync() => Task.CompletedTask;

    // xUnit 2 ends a test class through IAsyncLifetime (then IDisposable): a PostgreSQL database goes in DisposeAsync.
    public virtual Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Temp.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public async Task BackfillReparse_OneDocumentTheDatabaseRefuses_IsRecordedFailedAndTheRestOfItsBatchIsStored()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var (pipeline, clock) = (Pipeline(), new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddHours(1)));
        await using var provider = await StoredAsync(pipeline, clock);
        var stores = provider.GetRequiredService<IStoreFactory>();
        var before = await stores.Issues(pipeline).ListSourcesAsync(pipeline.Name, default);
        clock.Advance(TimeSpan.FromHours(1));
        var refusing = new RefusingStoreFactory(stores, BadPage);
        var backfill = new BackfillRunner(provider.GetRequiredService<DocumentProcessor>(), refusing,
            provider.GetRequiredService<SnapshotStep>(), clock, provider.GetRequiredService<ILogger<BackfillRunner>>());
        var progress = new List<PassProgress>();

        var result = await backfill.RunAsync(pipeline, new BackfillSelection(All: true, Since: null, Until: null, Reparse: true, DryRun: false), new Collector(progress), default);

        Assert.Equal([Pages], refusing.Batches);
        Assert.Equal((Pages - 1, 1), (result.Summary.Stored, result.Summary.Failed));
        Assert.EndsWith(BadPage, Assert.Single(result.Failures).SourceUri);
        Assert.Equal(Enumerable.Range(1, Pages), progress.Select(p => p.Done));
        var after = (await stores.Issues(pipeline).ListSourcesAsync(pipeline.Name, default)).ToDictionary(s => s.SourceUri);
        foreach (var source in before)
        {
            var reparsed = after[source.SourceUri].ParsedAt != source.ParsedAt;
            Assert.True(reparsed != source.SourceUri.EndsWith(BadPage, StringComparison.Ordinal), $"{source.SourceUri} parsed again: {reparsed}");
        }
        var outcomes = await stores.Runs(pipeline).RecentRunsAsync(pipeline.Name, 1, default);
        Assert.Equal("partial", Assert.Single(outcomes).Status);
    }

    [SkippableFact]
    public async Task ClusterBackfillBatch_OneDocumentTheDatabaseRefuses_StoresTheRestTogetherAndRecordsEachOnceInTheSharedRun()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var (pipeline, clock) = (Pipeline(), new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddHours(1)));
        await using var provider = await StoredAsync(pipeline, clock);
        var stores = provider.GetRequiredService<IStoreFactory>();
        var sources = (await stores.Issues(pipeline).ListSourcesAsync(pipeline.Name, default)).Select(s => s.SourceUri).ToList();
        var runId = await stores.Runs(pipeline).StartRunAsync(pipeline.Name, "backfill", "2026-01-01T00:00:00Z", default);
        var refusing = new RefusingStoreFactory(stores, BadPage);
        var batch = new BackfillBatchRunner(provider.GetRequiredService<DocumentProcessor>(), refusing, provider.GetRequiredService<ILogger<BackfillBatchRunner>>());

        var result = await batch.RunAsync(pipeline, runId, [.. sources, "pages/gone.txt"], default);
        var again = await batch.RunAsync(pipeline, runId, sources, default);

        Assert.Equal([Pages, Pages], refusing.Batches);
        Assert.Equal((Pages - 1, 0, 2), (result.Stored, result.Unchanged, result.Failed));
        Assert.Equal((Pages - 1, 1), (again.Stored, again.Failed));
        var failures = await stores.Runs(pipeline).FailuresOfRunAsync(runId, default);
        Assert.Equal(["gone.txt", BadPage], failures.Select(f => Path.GetFileName(f.SourceUri)).Order(StringComparer.Ordinal));
        var closed = await stores.Runs(pipeline).CloseRunAsync(runId, "partial", "2026-01-01T00:01:00Z", null, null, default);
        Assert.Equal((Pages + 1, Pages - 1, 2), (closed.Seen, closed.Stored, closed.Failed));
    }

    [SkippableFact]
    public async Task ClusterPassBatch_OneDocumentTheDatabaseRefuses_StoresTheRestTogetherAndRecordsEachOnceInTheSharedRun()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var pipeline = Pipeline();
        await using var provider = Services(new FakeTimeProvider(TimeProvider.System.GetUtcNow()));
        var (stores, passes) = (provider.GetRequiredService<IStoreFactory>(), provider.GetRequiredService<EtlPipeline>());
        var sources = new List<string>();
        await foreach (var fetched in passes.SourceFor(pipeline).FetchAsync(pipeline, default))
        {
            sources.Add(fetched.SourceUri);
        }
        var runId = await stores.Runs(pipeline).StartRunAsync(pipeline.Name, "cluster", "2026-01-01T00:00:00Z", default);
        var refusing = new RefusingStoreFactory(stores, BadPage);
        var batch = new BatchRunner(passes, provider.GetRequiredService<DocumentProcessor>(), refusing, provider.GetRequiredService<ILogger<BatchRunner>>());

        var result = await batch.RunAsync(pipeline, runId, [.. sources, "pages/gone.txt"], null, default);
        var again = await batch.RunAsync(pipeline, runId, sources, null, default);

        // Together first; the refused batch then one at a time (not counted here). Run again, only the bad page is new.
        Assert.Equal([Pages, 1], refusing.Batches);
        Assert.Equal((Pages - 1, 0, 2), (result.Stored, result.Unchanged, result.Failed));
        Assert.Equal((0, Pages - 1, 1), (again.Stored, again.Unchanged, again.Failed));
        var failures = await stores.Runs(pipeline).FailuresOfRunAsync(runId, default);
        Assert.Equal(["gone.txt", BadPage], failures.Select(f => Path.GetFileName(f.SourceUri)).Order(StringComparer.Ordinal));
        var closed = await stores.Runs(pipeline).CloseRunAsync(runId, "partial", "2026-01-01T00:01:00Z", null, null, default);
        Assert.Equal((Pages + 1, Pages - 1, 2), (closed.Seen, closed.Stored, closed.Failed));
        Assert.Equal(Pages - 1, (await stores.Issues(pipeline).ListSourcesAsync(pipeline.Name, default)).Count);
    }

    /// <summary>The real services on <paramref name="clock"/>.</summary>
    private static ServiceProvider Services(TimeProvider clock)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(clock);
        services.AddWeiduCore().AddWeiduParsing().AddWeiduSources().AddWeiduStorage().AddWeiduPublishing();
        return services.BuildServiceProvider();
    }

    /// <summary>A provider of the real services, after a first pass stored the pages of <paramref name="pipeline"/>.</summary>
    private static async Task<ServiceProvider> StoredAsync(PipelineOptions pipeline, FakeTimeProvider clock)
    {
        var provider = Services(clock);
        var first = await provider.GetRequiredService<EtlPipeline>().RunAsync(pipeline, "test", null, default);
        Assert.Equal(Pages, first.Summary.Stored);
        return provider;
    }

    private PipelineOptions Pipeline()
    {
        var pages = Directory.CreateDirectory(Temp.File("pages"));
        var seed = string.Join('\n', SeedPage.Lines());
        for (var i = 1; i <= Pages; i++)
        {
            File.WriteAllText(Path.Combine(pages.FullName, $"page-{i}.txt"), seed + $"\n\n本报讯 第{i}份副本的补充说明。\n");
        }
        return new PipelineOptions
        {
            Name = "weidu", Publication = "许昌日报", PageLabel = "魏都区", Database = NewDatabase(), Output = Temp.File("output"),
            Source = new SourceOptions { Type = "folder", Path = "pages", Include = ["*.txt"], BaseDirectory = Temp.Path },
        };
    }

    private sealed class Collector(List<PassProgress> seen) : IProgress<PassProgress>
    {
        public void Report(PassProgress value) => seen.Add(value);
    }

    /// <summary>The real stores, but the issue store gives the database one page with a figure twice, which it refuses.</summary>
    private sealed class RefusingStoreFactory(IStoreFactory inner, string badPage) : IStoreFactory
    {
        /// <summary>The size of each batch saved together.</summary>
        public List<int> Batches { get; } = [];

        public IIssueStore Issues(string database) => new RefusingIssueStore(inner.Issues(database), badPage, Batches);

        public IRunLedgerStore Runs(string database) => inner.Runs(database);

        public IFetchStateStore FetchState(string database) => inner.FetchState(database);
    }

    private sealed class RefusingIssueStore(IIssueStore inner, string badPage, List<int> batches) : IIssueStore
    {
        public Task SaveIssuesAsync(IReadOnlyList<IssueRecord> records, CancellationToken cancellationToken)
        {
            batches.Add(records.Count);
            return inner.SaveIssuesAsync([.. records.Select(Broken)], cancellationToken);
        }

        public Task SaveIssueAsync(IssueRecord record, CancellationToken cancellationToken) => inner.SaveIssueAsync(Broken(record), cancellationToken);

        // Two figures with one id: the second insert violates the primary key.
        private IssueRecord Broken(IssueRecord record) => record.Issue.SourceUri.EndsWith(badPage, StringComparison.Ordinal)
            ? record with { Figures = [record.Figures[0], .. record.Figures] }
            : record;

        public Task MigrateAsync(CancellationToken cancellationToken) => inner.MigrateAsync(cancellationToken);
        public Task<int> CatchUpSearchAsync(CancellationToken cancellationToken) => inner.CatchUpSearchAsync(cancellationToken);
        public Task<string?> FindStoredShaAsync(string pipeline, string sourceUri, CancellationToken cancellationToken) => inner.FindStoredShaAsync(pipeline, sourceUri, cancellationToken);
        public Task<bool> HasContentAsync(string pipeline, string sha256, CancellationToken cancellationToken) => inner.HasContentAsync(pipeline, sha256, cancellationToken);
        public Task<IReadOnlyList<StoredSource>> ListSourcesAsync(string pipeline, CancellationToken cancellationToken) => inner.ListSourcesAsync(pipeline, cancellationToken);
        public Task<byte[]> LoadSourceContentAsync(string issueId, CancellationToken cancellationToken) => inner.LoadSourceContentAsync(issueId, cancellationToken);
        public Task<DatasetTables> LoadDatasetAsync(string pipeline, CancellationToken cancellationToken) => inner.LoadDatasetAsync(pipeline, cancellationToken);
        public IDatasetReader ReadDataset(string pipeline) => inner.ReadDataset(pipeline);
    }
}

/// <summary><see cref="BackfillBatchTests"/> on a SQLite file.</summary>
public sealed class SqliteBackfillBatchTests : BackfillBatchTests
{
    protected override string? SkipReason => null;

    protected override string NewDatabase() => Temp.File("weidu.db");
}

/// <summary><see cref="BackfillBatchTests"/> on a real PostgreSQL; skipped, saying why, where no server is configured.</summary>
public sealed class PostgresBackfillBatchTests : BackfillBatchTests
{
    private PostgresTestDatabase? _database;

    protected override string? SkipReason => PostgresTestDatabase.SkipReason;

    protected override string NewDatabase() => (_database = PostgresTestDatabase.Create()).ConnectionString;

    public override async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        await base.DisposeAsync();
    }
}
