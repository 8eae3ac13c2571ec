using System.Data.Common;
using System.Text.Json;
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
    /// Two locks an issue: one for the issue id (a corrected page under a new source) and one for the source (the same
    /// page re-run by another node). Every writer takes all its issues' locks before their sources', each kind in
    /// ordinal order, so two writers of overlapping batches cannot wait on each other.
    /// </summary>
    public override Task LockIssuesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<IssueRow> issues, CancellationToken cancellationToken)
    {
        string[] keys =
        [
            .. issues.Select(i => "weidu-etl/issue/" + i.IssueId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal),
            .. issues.Select(i => "weidu-etl/source/" + i.Pipeline + "/" + i.SourceUri).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal),
        ];
        return connection.ExecuteAsync(new CommandDefinition("""
            SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM jsonb_array_elements_text(@Keys::jsonb) WITH ORDINALITY AS t(k, n) ORDER BY n
            """, new { Keys = JsonSerializer.Serialize(keys) }, transaction, cancellationToken: cancellationToken));
    }

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
