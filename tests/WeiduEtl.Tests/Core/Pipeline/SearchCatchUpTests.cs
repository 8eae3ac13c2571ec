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

        await SearchCatchUp.RunAsync(new LockedSearchStore(), pipeline, logger, CancellationToken.None);

        var warning = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("weidu", warning.Message, StringComparison.Ordinal);
        Assert.Contains(shown, warning.Message, StringComparison.Ordinal);
        Assert.Contains("database is locked", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", warning.Message, StringComparison.Ordinal);
    }

    /// <summary>A store whose search index cannot be written now; nothing else of it is used.</summary>
    private sealed class LockedSearchStore : IIssueStore
    {
        public Task<int> CatchUpSearchAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("database is locked");
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
}
