using System.Data.Common;
using Microsoft.Data.Sqlite;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;

namespace WeiduEtl.Storage.Sqlite;

/// <summary>
/// A SQLite file: foreign keys on, a busy timeout for the scheduler and the CLI sharing a file, and the folder made
/// when missing. Its write lock is the whole file, so issues need no lock of their own.
/// </summary>
internal sealed class SqliteDatabase(string path) : StoreDatabase
{
    public override string Description => path;

    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override Task LockIssuesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<IssueRow> issues, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override Task UnindexIssueAsync(DbConnection connection, DbTransaction transaction, IssueRecord record, CancellationToken cancellationToken) =>
        SqliteSearchIndex.RemoveAsync(connection, transaction, record, cancellationToken);

    public override Task QueueForSearchAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> issueIds, CancellationToken cancellationToken) =>
        SqliteSearchIndex.QueueAsync(connection, transaction, issueIds, cancellationToken);

    protected override Task<int> CatchUpSearchAsync(DbConnection connection, IProgress<SearchIndexProgress>? progress, CancellationToken cancellationToken) =>
        SqliteSearchQueue.CatchUpAsync((SqliteConnection)connection, progress, cancellationToken);

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            ForeignKeys = true,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        SqliteSearchIndex.Prepare(connection);
        try
        {
            await connection.OpenAsync(cancellationToken);
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA busy_timeout = 10000;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    protected override Task MigrateAsync(DbConnection connection, CancellationToken cancellationToken) =>
        SqliteSchemaMigrator.MigrateAsync((SqliteConnection)connection, cancellationToken);
}
