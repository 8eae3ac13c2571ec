using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;

namespace WeiduEtl.Tests.Core.Pipeline;

/// <summary>
/// The search index's catch-up at the end of a pass: when it fails, the pass goes on to its snapshot and the warning
/// tells the operator which pipeline and which database, without the database's password.
/// </summary>
public sealed class SearchCatchUpTests
{
    [Theory]
    [InlineData("/srv/weidu/weidu.db", "/srv/weidu/weidu.db")]
    [InlineData("postgresql://etl:s3cret@db.internal:5432/weidu", "postgresql://etl:***@db.internal:5432/weidu")]
    public async Task RunAsync_CatchUpFails_WarnsNamingThePipelineAndTheDatabaseWithoutItsPassword(string database, string shown)
    {
        var logger = new FakeLogger();
        var pipeline = new PipelineOptions { Name = "weidu", Database = database };

        await SearchCatchUp.RunAsync(LockedSearchStore(), pipeline, logger, CancellationToken.None);

        var warning = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("weidu", warning.Message, StringComparison.Ordinal);
        Assert.Contains(shown, warning.Message, StringComparison.Ordinal);
        Assert.Contains("database is locked", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_LongCatchUp_LogsHowFarItHasComeThenTheTotal()
    {
        var logger = new FakeLogger();
        var pipeline = new PipelineOptions { Name = "weidu", Database = "weidu.db" };

        await SearchCatchUp.RunAsync(SlowSearchStore(), pipeline, logger, TimeSpan.Zero, CancellationToken.None);

        Assert.Equal(
            [
                "Search index of pipeline weidu: 500 articles added so far, 700 still queued",
                "Search index of pipeline weidu: 1000 articles added so far, 200 still queued",
                "Search index of pipeline weidu caught up: 1200 articles added",
            ],
            logger.Collector.GetSnapshot().Select(r => r.Message));
    }

    [Fact]
    public async Task RunAsync_CatchUpQuickerThanTheProgressInterval_LogsOnlyTheTotal()
    {
        var logger = new FakeLogger();

        await SearchCatchUp.RunAsync(SlowSearchStore(), new PipelineOptions { Name = "weidu", Database = "weidu.db" }, logger, CancellationToken.None);

        Assert.Equal(["Search index of pipeline weidu caught up: 1200 articles added"], logger.Collector.GetSnapshot().Select(r => r.Message));
    }

    [Fact]
    public async Task BesideAsync_SnapshotWrittenWhileTheIndexCatchesUp_ReturnsTheSnapshotOnceBothEnded()
    {
        var logger = new FakeLogger();
        var snapshotStarted = new ManualResetEventSlim();
        // Taken in turns, the catch-up would wait here for a snapshot that starts only after it, and time out.
        var store = new CatchUpOnlyStore(_ => snapshotStarted.Wait(TimeSpan.FromSeconds(30))
            ? 7
            : throw new TimeoutException("no snapshot was written while the index caught up"));

        var snapshot = await SearchCatchUp.BesideAsync(store, new PipelineOptions { Name = "weidu", Database = "weidu.db" }, logger, () =>
        {
            snapshotStarted.Set();
            return Task.FromResult("20191016T000000Z");
        }, CancellationToken.None);

        Assert.Equal("20191016T000000Z", snapshot);
        Assert.Equal(["Search index of pipeline weidu caught up: 7 articles added"], logger.Collector.GetSnapshot().Select(r => r.Message));
    }

    [Fact]
    public async Task BesideAsync_SnapshotFails_WaitsForTheCatchUpBeforeTheFailureLeaves()
    {
        var catchUpEnded = false;
        var store = new CatchUpOnlyStore(_ =>
        {
            Thread.Sleep(200);
            catchUpEnded = true;
            return 1;
        });

        await Assert.ThrowsAsync<IOException>(() => SearchCatchUp.BesideAsync<string>(store, new PipelineOptions { Name = "weidu", Database = "weidu.db" }, new FakeLogger(),
            () => throw new IOException("disk full"), CancellationToken.None));

        Assert.True(catchUpEnded);
    }

    /// <summary>A store of which only the search index's catch-up is used: it runs <paramref name="catchUp"/>.</summary>
    private sealed class CatchUpOnlyStore(Func<IProgress<SearchIndexProgress>?, int> catchUp) : IIssueStore
    {
        public Task<int> CatchUpSearchAsync(CancellationToken cancellationToken) => Task.FromResult(catchUp(null));
        public Task<int> CatchUpSearchAsync(IProgress<SearchIndexProgress> progress, CancellationToken cancellationToken) => Task.FromResult(catchUp(progress));
        public Task MigrateAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<string?> FindStoredShaAsync(string pipeline, string sourceUri, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<bool> HasContentAsync(string pipeline, string sha256, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task SaveIssueAsync(IssueRecord record, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task SaveIssuesAsync(IReadOnlyList<IssueRecord> records, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IReadOnlyList<StoredSource>> ListSourcesAsync(string pipeline, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<byte[]> LoadSourceContentAsync(string issueId, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<DatasetTables> LoadDatasetAsync(string pipeline, CancellationToken cancellationToken) => throw new NotSupportedException();
        public IDatasetReader ReadDataset(string pipeline) => throw new NotSupportedException();
    }

    /// <summary>A store whose search index cannot be written now.</summary>
    private static CatchUpOnlyStore LockedSearchStore() => new(_ => throw new InvalidOperationException("database is locked"));

    /// <summary>A store whose catch-up takes three transactions of at most 500 articles; without progress asked for, none.</summary>
    private static CatchUpOnlyStore SlowSearchStore() => new(progress =>
    {
        if (progress is null)
        {
            return 0;
        }
        progress.Report(new(500, 700));
        progress.Report(new(1_000, 200));
        progress.Report(new(1_200, 0));
        return 1_200;
    });
}
