using Dapper;
using Microsoft.Data.Sqlite;
using WeiduEtl.Storage.Schema;

namespace WeiduEtl.Storage.Sqlite;

/// <summary>Applies pending migrations in order, in one transaction, each recorded in schema_version.</summary>
internal static class SqliteSchemaMigrator
{
    public static Task<int> MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        MigrateAsync(connection, SqliteMigrations.All[^1].Version, cancellationToken);

    /// <summary>Applies the pending migrations up to <paramref name="through"/>: a store as an older build left it, to test upgrading it.</summary>
    public static async Task<int> MigrateAsync(SqliteConnection connection, int through, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition("""
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL);
            """, cancellationToken: cancellationToken));
        var newest = SqliteMigrations.All[^1].Version;
        // BEGIN IMMEDIATE serialises migration between processes (the service and a CLI verb may start together);
        // the version is read again inside the lock.
        using var transaction = connection.BeginTransaction(deferred: false);
        // Every migration not yet recorded is applied, not only those above the highest: branches that number theirs apart
        // (5 and 6) may reach a database in either order.
        var applied = (await connection.QueryAsync<int>(new CommandDefinition("SELECT version FROM schema_version", transaction: transaction, cancellationToken: cancellationToken))).ToHashSet();
        var current = applied.Count == 0 ? 0 : applied.Max();
        if (current > newest)
        {
            throw new InvalidOperationException($"{connection.DataSource}: the database has schema version {current}, newer than this build knows ({newest}); upgrade WeiduEtl");
        }
        foreach (var migration in SqliteMigrations.All.Where(m => !applied.Contains(m.Version) && m.Version <= through))
        {
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (@Version, @Description, strftime('%Y-%m-%dT%H:%M:%SZ','now'))",
                migration, transaction, cancellationToken: cancellationToken));
        }
        transaction.Commit();
        return Math.Min(newest, through);
    }
}
