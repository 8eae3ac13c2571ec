using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using WeiduEtl.Storage.Schema;

namespace WeiduEtl.Storage;

/// <summary>
/// The one place connections are made: foreign keys on, a busy timeout for the scheduler and the CLI
/// sharing a file, and the schema migrated the first time this process opens a file.
/// </summary>
public sealed class SqliteConnectionFactory
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _migrationLocks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _migrated = new(StringComparer.Ordinal);

    static SqliteConnectionFactory() => JsonColumnHandlers.Register();

    public async Task<SqliteConnection> OpenAsync(string databasePath, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(databasePath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            ForeignKeys = true,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 10000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        await EnsureMigratedAsync(databasePath, connection, cancellationToken);
        return connection;
    }

    private async Task EnsureMigratedAsync(string databasePath, SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (_migrated.ContainsKey(databasePath))
        {
            return;
        }
        var gate = _migrationLocks.GetOrAdd(databasePath, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!_migrated.ContainsKey(databasePath))
            {
                await SchemaMigrator.MigrateAsync(connection, cancellationToken);
                _migrated[databasePath] = true;
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
