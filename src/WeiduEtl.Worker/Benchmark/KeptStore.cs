using Dapper;
using Microsoft.Data.Sqlite;

namespace WeiduEtl.Worker.Benchmark;

/// <summary>
/// The bench's SQLite store as a file to keep and search again: filling 100,000 articles takes 8–15 minutes on the
/// shared machine, while a copy of the filled file takes seconds.
/// </summary>
internal sealed class KeptStore(string databasePath)
{
    public async Task<int> IssuesAsync(CancellationToken cancellationToken) => await ScalarAsync("SELECT COUNT(*) FROM issues", cancellationToken);

    public async Task<int> ArticlesAsync(CancellationToken cancellationToken) => await ScalarAsync("SELECT COUNT(*) FROM articles", cancellationToken);

    /// <summary>Copies the file whole: the write-ahead log is checkpointed into it first, so the one file is the store.</summary>
    public async Task CopyToAsync(string path, CancellationToken cancellationToken)
    {
        await using (var connection = await OpenAsync(cancellationToken))
        {
            await connection.ExecuteAsync(new CommandDefinition("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken: cancellationToken));
        }
        SqliteConnection.ClearAllPools();
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        File.Copy(databasePath, path, overwrite: true);
    }

    private async Task<int> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(sql, cancellationToken: cancellationToken));
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath }.ToString());
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
