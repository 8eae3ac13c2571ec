using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;
using WeiduEtl.Storage.Cluster;

namespace WeiduEtl.Worker.Cluster;

/// <summary>
/// After each batch: the one batch that finds every batch finished publishes the snapshot and closes the pass's run,
/// its counts taken from the documents every node recorded.
/// </summary>
public sealed class ClusterPassFinisher(IStoreFactory stores, ClusterStore cluster, SnapshotStep snapshots, TimeProvider time, ILogger<ClusterPassFinisher> logger)
{
    public async Task FinishIfLastAsync(PipelineOptions options, long passId, int batchNo, CancellationToken cancellationToken)
    {
        if (!await cluster.ClaimPublishAsync(passId, batchNo, cancellationToken))
        {
            return;
        }
        var pass = await cluster.PassAsync(passId, cancellationToken) ?? throw new InvalidOperationException($"cluster pass {passId} vanished");
        var batches = await cluster.BatchesAsync(passId, cancellationToken);
        // A batch run twice counts the documents its dead node stored as unchanged: publish whenever one ran twice.
        var stored = batches.Sum(b => b.Stored) + (batches.Any(b => b.Attempts > 1) ? 1 : 0);
        string? snapshot = null, message = null;
        var status = batches.Any(b => b.Failed > 0 || b.Status == "failed") ? "partial" : "succeeded";
        await SearchCatchUp.RunAsync(stores.Issues(options), options, logger, cancellationToken);
        try
        {
            snapshot = await snapshots.PublishIfChangedAsync(options, stored, cancellationToken);
        }
        catch (SnapshotFailedException ex)
        {
            (status, message) = ("failed", ex.Message);
            logger.LogError("Pass {PassId} of pipeline {Pipeline}: {Reason}", passId, options.Name, ex.Message);
        }
        var now = IssueRecordBuilder.Timestamp(time.GetUtcNow());
        var summary = await stores.Runs(options).CloseRunAsync(pass.RunId, status, now, snapshot, message, cancellationToken);
        await cluster.FinishPassAsync(passId, now, cancellationToken);
        logger.LogInformation("Pass {PassId} of pipeline {Pipeline} (run {RunId}) {Status}: {Seen} documents in {Batches} batches, {Stored} stored, {Unchanged} unchanged, {Failed} failed; snapshot {SnapshotId}",
            passId, options.Name, pass.RunId, status, summary.Seen, batches.Count, summary.Stored, summary.Unchanged, summary.Failed, snapshot ?? "none (nothing changed)");
    }
}
