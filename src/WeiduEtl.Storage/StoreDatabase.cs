using System.Data.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;

namespace WeiduEtl.Storage;

/// <summary>
/// The dialect seam: how one database is opened (migrated the first time this process opens it), how a write
/// transaction starts and how concurrent writers of one issue queue. The stores' SQL is the same for every database.
/// </summary>
internal abstract class StoreDatabase : IAsyncDisposable
{
    private readonly SemaphoreSlim _migrationGate = new(1, 1);
    private volatile bool _migrated;
    private volatile bool _opened;

    static StoreDatabase() => JsonColumnHandlers.Register();

    /// <summary>Where a failure that does not stop the caller is told: the search index's catch-up on first opening.</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>The database for messages: the SQLite path, or the PostgreSQL server and database without its password.</summary>
    public abstract string Description { get; }

    /// <summary>An open connection to a database whose schema is current.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken);
        try
        {
            if (!_opened)
            {
                await _migrationGate.WaitAsync(cancellationToken);
                try
                {
                    if (!_migrated)
                    {
                        await MigrateAsync(connection, cancellationToken);
                        _migrated = true;
                    }
                    if (!_opened)
                    {
                        // A caller that gives up (a request aborted) stops the catch-up between its transactions; the next
                        // opening goes on from there, so a store a migration re-queued whole is not left half searchable.
                        await CatchUpLeftQueuedAsync(connection, cancellationToken);
                        _opened = true;
                    }
                }
                finally
                {
                    _migrationGate.Release();
                }
            }
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A pass that stopped between storing and its catch-up left articles queued for the search index. Whoever opens
    /// the store wanted something else of it (a page served, a pass, a status), so a catch-up that fails here is told
    /// and left: the articles stay queued for the next pass's catch-up, which warns again if it fails too.
    /// </summary>
    private async Task CatchUpLeftQueuedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            var indexed = await CatchUpSearchAsync(connection, SearchIndexProgressLog.OfDatabase(Description, Logger), cancellationToken);
            if (indexed > 0)
            {
                Logger.LogInformation("Search index of {Database} caught up on opening it: {Articles} articles added", Description, indexed);
            }
        }
        catch (DbException ex)
        {
            Logger.LogWarning(ex, "Search index of {Database} not caught up on opening it: {Reason}. Its queued articles stay queued for the next pass's catch-up",
                Description, ex.Message);
        }
    }

    /// <summary>A transaction that writes; SQLite takes its write lock at the start so two writers do not deadlock.</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// Called first in the transaction that replaces these issues: makes a second writer of one of the issues or sources
    /// wait for the first to commit, so it replaces complete rows instead of failing on a key the first just inserted.
    /// </summary>
    public abstract Task LockIssuesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<IssueRow> issues, CancellationToken cancellationToken);

    /// <summary>
    /// Called in the transaction that replaces an issue with <paramref name="record"/>, before <c>DELETE FROM issues WHERE
    /// issue_id = @IssueId OR (pipeline = @Pipeline AND source_uri = @SourceUri)</c>: removes the articles it will delete
    /// from a search index the store keeps itself (SQLite's; PostgreSQL's indexes keep themselves), but may keep those the
    /// record writes again with the same text for <see cref="QueueForSearchAsync"/>. No article of an issue written earlier
    /// in the transaction may be waiting for <see cref="QueueForSearchAsync"/> then.
    /// </summary>
    public virtual Task UnindexIssueAsync(DbConnection connection, DbTransaction transaction, IssueRecord record, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>
    /// Called last in the transaction that wrote these issues' articles: queues them for such a search index, which
    /// <see cref="CatchUpSearchAsync(IProgress{SearchIndexProgress}, CancellationToken)"/> adds them to.
    /// </summary>
    public virtual Task QueueForSearchAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> issueIds, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Adds to such a search index every article queued for it, in transactions of its own.</summary>
    /// <returns>How many articles were indexed.</returns>
    /// <param name="progress">Told after each transaction of the catch-up; null when no one watches.</param>
    public async Task<int> CatchUpSearchAsync(IProgress<SearchIndexProgress>? progress, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await CatchUpSearchAsync(connection, progress, cancellationToken);
    }

    protected virtual Task<int> CatchUpSearchAsync(DbConnection connection, IProgress<SearchIndexProgress>? progress, CancellationToken cancellationToken) => Task.FromResult(0);

    protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    protected abstract Task MigrateAsync(DbConnection connection, CancellationToken cancellationToken);

    public virtual ValueTask DisposeAsync()
    {
        _migrationGate.Dispose();
        return ValueTask.CompletedTask;
    }
}
