using Dapper;
using Npgsql;

namespace WeiduEtl.Storage.Postgres;

/// <summary>
/// Applies pending migrations in order, in one transaction, each recorded in schema_version. An advisory lock held
/// to the end of the transaction serialises nodes that start at the same moment on an empty database; the version
/// is read inside it, so the second node finds the work done.
/// </summary>
internal static class PostgresSchemaMigrator
{
    public static async Task<int> MigrateAsync(NpgsqlConnection connection, string description, CancellationToken cancellationToken)
    {
        var newest = PostgresMigrations.All[^1].Version;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            SELECT pg_advisory_xact_lock(hashtextextended('weidu-etl/schema', 0));
            CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL);
            """, transaction: transaction, cancellationToken: cancellationToken));
        // Every migration not yet recorded is applied, not only those above the highest: branches that number theirs apart
        // (5 and 6) may reach a database in either order.
        var applied = (await connection.QueryAsync<int>(new CommandDefinition("SELECT version FROM schema_version", transaction: transaction, cancellationToken: cancellationToken))).ToHashSet();
        var current = applied.Count == 0 ? 0 : applied.Max();
        if (current > newest)
        {
            throw new InvalidOperationException($"{description}: the database has schema version {current}, newer than this build knows ({newest}); upgrade WeiduEtl");
        }
        foreach (var migration in PostgresMigrations.All.Where(m => !applied.Contains(m.Version)))
        {
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO schema_version (version, description, applied_at)
                VALUES (@Version, @Description, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
                """, migration, transaction, cancellationToken: cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
        return newest;
    }
}
