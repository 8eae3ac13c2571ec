using System.Text.Json;
using Dapper;
using Npgsql;
using WeiduEtl.Storage.Postgres;

namespace WeiduEtl.Storage.Cluster;

/// <summary>
/// The plan of clustered passes in the cluster's PostgreSQL database, beside Quartz's qrtz_ tables: each pass and its
/// batches, which node ran each, and who publishes. Quartz delivers a batch at least once; the rows here make a batch
/// that runs twice (its node died) finish once and the pass publish once.
/// </summary>
public sealed class ClusterStore : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _source;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    public ClusterStore(string database) => _source = NpgsqlDataSource.Create(NpgsqlConnectionString.From(database));

    /// <summary>Plans a pass: its batches queued under one run. Null when a pass of the pipeline is still running.</summary>
    public async Task<long?> PlanAsync(string pipeline, long runId, string trigger, string plannedAt, IReadOnlyList<IReadOnlyList<string>> batches, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(hashtextextended('weidu-etl/cluster-plan/' || @pipeline, 0))", new { pipeline }, tx, cancellationToken: cancellationToken));
        var open = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT pass_id FROM cluster_passes WHERE pipeline = @pipeline AND status <> 'done' LIMIT 1", new { pipeline }, tx, cancellationToken: cancellationToken));
        if (open is not null)
        {
            return null;
        }
        var passId = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO cluster_passes (pipeline, run_id, trigger, planned_at, batch_count, status)
            VALUES (@pipeline, @runId, @trigger, @plannedAt, @count, 'running') RETURNING pass_id
            """, new { pipeline, runId, trigger, plannedAt, count = batches.Count }, tx, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO cluster_batches (pass_id, batch_no, source_uris, status) VALUES (@passId, @batchNo, @sourceUris, 'queued')",
            batches.Select((b, i) => new { passId, batchNo = i + 1, sourceUris = JsonSerializer.Serialize(b, StorageJson.Options) }), tx, cancellationToken: cancellationToken));
        await tx.CommitAsync(cancellationToken);
        return passId;
    }

    /// <summary>Marks the batch running on this node (again, when its first node died) and returns it.</summary>
    public async Task<ClusterBatch> StartBatchAsync(long passId, int batchNo, string node, string startedAt, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var started = await connection.QuerySingleOrDefaultAsync<ClusterBatch>(new CommandDefinition("""
            UPDATE cluster_batches SET status = 'running', node = @node, started_at = @startedAt, attempts = attempts + 1
            WHERE pass_id = @passId AND batch_no = @batchNo AND status IN ('queued', 'running')
            RETURNING *
            """, new { passId, batchNo, node, startedAt }, cancellationToken: cancellationToken));
        // Already finished: a duplicate delivery, or the node died after finishing it but before publishing.
        return started ?? await connection.QuerySingleAsync<ClusterBatch>(new CommandDefinition(
            "SELECT * FROM cluster_batches WHERE pass_id = @passId AND batch_no = @batchNo", new { passId, batchNo }, cancellationToken: cancellationToken));
    }

    public async Task FinishBatchAsync(long passId, int batchNo, string status, int stored, int unchanged, int failed, string finishedAt, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE cluster_batches SET status = @status, finished_at = @finishedAt, stored = @stored, unchanged = @unchanged, failed = @failed
            WHERE pass_id = @passId AND batch_no = @batchNo
            """, new { passId, batchNo, status, stored, unchanged, failed, finishedAt }, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// True for the one batch that publishes the pass: the first to find every batch finished claims it, and a re-run
    /// of that batch (its node died while publishing) claims it again.
    /// </summary>
    public async Task<bool> ClaimPublishAsync(long passId, int batchNo, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition("""
            WITH claimed AS (
                UPDATE cluster_passes SET status = 'publishing', publisher_batch = @batchNo
                WHERE pass_id = @passId
                  AND (status = 'running' OR (status = 'publishing' AND publisher_batch = @batchNo))
                  AND NOT EXISTS (SELECT 1 FROM cluster_batches WHERE pass_id = @passId AND status IN ('queued', 'running'))
                RETURNING pass_id)
            SELECT EXISTS (SELECT 1 FROM claimed)
            """, new { passId, batchNo }, cancellationToken: cancellationToken));
    }

    public async Task FinishPassAsync(long passId, string finishedAt, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE cluster_passes SET status = 'done', finished_at = @finishedAt WHERE pass_id = @passId", new { passId, finishedAt }, cancellationToken: cancellationToken));
    }

    public async Task<ClusterPass?> PassAsync(long passId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ClusterPass>(new CommandDefinition(
            "SELECT * FROM cluster_passes WHERE pass_id = @passId", new { passId }, cancellationToken: cancellationToken));
    }

    /// <summary>The pipeline's newest passes, newest first.</summary>
    public async Task<IReadOnlyList<ClusterPass>> RecentPassesAsync(string pipeline, int count, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<ClusterPass>(new CommandDefinition(
            "SELECT * FROM cluster_passes WHERE pipeline = @pipeline ORDER BY pass_id DESC LIMIT @count", new { pipeline, count }, cancellationToken: cancellationToken))];
    }

    public async Task<IReadOnlyList<ClusterBatch>> BatchesAsync(long passId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<ClusterBatch>(new CommandDefinition(
            "SELECT * FROM cluster_batches WHERE pass_id = @passId ORDER BY batch_no", new { passId }, cancellationToken: cancellationToken))];
    }

    /// <summary>The nodes Quartz knows (empty before any node started), from its scheduler state.</summary>
    public async Task<IReadOnlyList<ClusterNode>> NodesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT to_regclass('qrtz_scheduler_state') IS NOT NULL", cancellationToken: cancellationToken)))
        {
            return [];
        }
        var rows = await connection.QueryAsync<(string Instance, long Checkin, long Interval)>(new CommandDefinition(
            "SELECT instance_name, last_checkin_time, checkin_interval FROM qrtz_scheduler_state ORDER BY instance_name", cancellationToken: cancellationToken));
        // Quartz stores the check-in as UTC ticks and the interval in milliseconds.
        return [.. rows.Select(r => new ClusterNode(r.Instance, new DateTimeOffset(r.Checkin, TimeSpan.Zero), TimeSpan.FromMilliseconds(r.Interval)))];
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await _source.OpenConnectionAsync(cancellationToken);
        if (!_schemaReady)
        {
            await _schemaGate.WaitAsync(cancellationToken);
            try
            {
                if (!_schemaReady)
                {
                    await ClusterSchema.EnsureAsync(connection, cancellationToken);
                    _schemaReady = true;
                }
            }
            finally
            {
                _schemaGate.Release();
            }
        }
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await _source.DisposeAsync();
        _schemaGate.Dispose();
    }

    public void Dispose()
    {
        _source.Dispose();
        _schemaGate.Dispose();
    }
}
