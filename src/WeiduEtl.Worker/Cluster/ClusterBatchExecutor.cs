using System.Text.Json;
using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Storage.Cluster;

namespace WeiduEtl.Worker.Cluster;

/// <summary>
/// Runs one batch on this node and records it. Cancelled by a shutdown, the batch is left running: Quartz hands the
/// firing back for recovery and another node runs the batch again, skipping what this one stored.
/// </summary>
public sealed class ClusterBatchExecutor(EtlConfig config, BatchRunner runner, BackfillBatchRunner backfill, ClusterStore cluster, ClusterPassFinisher finisher, TimeProvider time, ILogger<ClusterBatchExecutor> logger)
{
    public async Task RunAsync(string pipeline, long passId, int batchNo, string node, bool recovering, CancellationToken cancellationToken)
    {
        var options = config.Pipelines.Single(p => p.Name == pipeline);
        var batch = await cluster.StartBatchAsync(passId, batchNo, node, Now(), cancellationToken);
        if (batch.Status == "running")
        {
            var pass = await cluster.PassAsync(passId, cancellationToken) ?? throw new InvalidOperationException($"cluster pass {passId} vanished");
            var sources = JsonSerializer.Deserialize<string[]>(batch.SourceUris) ?? [];
            logger.LogInformation("Batch {BatchNo} of pass {PassId} ({Pipeline}): {Documents} documents on node {Node}{Recovering}",
                batchNo, passId, pipeline, sources.Length, node, recovering || batch.Attempts > 1 ? $" (attempt {batch.Attempts}, recovered from a node that stopped)" : "");
            try
            {
                var result = pass.Trigger == "backfill"
                    ? await backfill.RunAsync(options, pass.RunId, sources, cancellationToken)
                    : await runner.RunAsync(options, pass.RunId, sources, null, cancellationToken);
                await cluster.FinishBatchAsync(passId, batchNo, "done", result.Stored, result.Unchanged, result.Failed, Now(), cancellationToken);
                logger.LogInformation("Batch {BatchNo} of pass {PassId} done on node {Node}: {Stored} stored, {Unchanged} unchanged, {Failed} failed",
                    batchNo, passId, node, result.Stored, result.Unchanged, result.Failed);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Batch {BatchNo} of pass {PassId} failed on node {Node}", batchNo, passId, node);
                await cluster.FinishBatchAsync(passId, batchNo, "failed", 0, 0, sources.Length, Now(), CancellationToken.None);
            }
        }
        await finisher.FinishIfLastAsync(options, passId, batchNo, cancellationToken);
    }

    private string Now() => IssueRecordBuilder.Timestamp(time.GetUtcNow());
}
