using System.Data.Common;
using Dapper;
using Npgsql;
using WeiduEtl.Core.Rows;

namespace WeiduEtl.Storage.Postgres;

/// <summary>
/// A PostgreSQL database shared by many processes (cluster nodes, the CLI): one connection pool per process, and
/// transaction-scoped advisory locks where SQLite relies on its single writer.
/// </summary>
internal sealed class PostgresDatabase : StoreDatabase
{
    private readonly NpgsqlDataSource _source;

    public PostgresDatabase(string database)
    {
        var builder = PostgresConnectionString.From(database);
        Description = $"PostgreSQL database {builder.Database} on {builder.Host}:{builder.Port} as {builder.Username}";
        _source = NpgsqlDataSource.Create(builder);
    }

    public override string Description { get; }

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await ((NpgsqlConnection)connection).BeginTransactionAsync(cancellationToken);

    /// <summary>
    /// Two locks, always the issue's before the source's so two writers cannot wait on each other: one for the issue
    /// id (a corrected page under a new source) and one for the source (the same page re-run by another node).
    /// </summary>
    public override Task LockIssueAsync(DbConnection connection, DbTransaction transaction, IssueRow issue, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("""
            SELECT pg_advisory_xact_lock(hashtextextended('weidu-etl/issue/' || @IssueId, 0));
            SELECT pg_advisory_xact_lock(hashtextextended('weidu-etl/source/' || @Pipeline || '/' || @SourceUri, 0));
            """, new { issue.IssueId, issue.Pipeline, issue.SourceUri }, transaction, cancellationToken: cancellationToken));

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _source.OpenConnectionAsync(cancellationToken);

    protected override Task MigrateAsync(DbConnection connection, CancellationToken cancellationToken) =>
        PostgresSchemaMigrator.MigrateAsync((NpgsqlConnection)connection, Description, cancellationToken);

    public override async ValueTask DisposeAsync()
    {
        await _source.DisposeAsync();
        await base.DisposeAsync();
    }
}
