using Microsoft.Extensions.Logging;
using Quartz;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;
using WeiduEtl.Storage.Cluster;

namespace WeiduEtl.Worker.Cluster;

/// <summary>
/// Plans a pass or a backfill into the cluster: lists its documents, opens its run, records the batches and
/// schedules one recoverable Quartz job per batch, which any node may fire.
/// </summary>
public sealed class ClusterPassPlanner(EtlPipeline pipeline, BackfillRunner backfill, IStoreFactory stores, ClusterStore cluster, ClusterPassFinisher finisher, TimeProvider time, ILogger<ClusterPassPlanner> logger)
{
    /// <summary>The planned pass of what the source holds now, or null when the pipeline's previous pass still has batches running.</summary>
    public async Task<ClusterPass?> PlanAsync(IScheduler scheduler, PipelineOptions options, int batchSize, string trigger, CancellationToken cancellationToken)
    {
        if (await StillRunningAsync(options, cancellationToken))
        {
            return null;
        }
        var sources = new List<string>();
        await foreach (var fetched in pipeline.SourceFor(options).FetchAsync(options, cancellationToken))
        {
            sources.Add(fetched.SourceUri);
        }
        return await PlanDocumentsAsync(scheduler, options, batchSize, trigger, sources, cancellationToken);
    }

    /// <summary>The planned backfill of the stored issues the selection would parse again, or null as for a pass.</summary>
    public async Task<ClusterPass?> PlanBackfillAsync(IScheduler scheduler, PipelineOptions options, int batchSize, BackfillSelection selection, CancellationToken cancellationToken)
    {
        if (await StillRunningAsync(options, cancellationToken))
        {
            return null;
        }
        var plan = await backfill.PlanAsync(options, selection, cancellationToken);
        return await PlanDocumentsAsync(scheduler, options, batchSize, "backfill", [.. plan.Where(p => p.Reparse).Select(p => p.Source.SourceUri)], cancellationToken);
    }

    private async Task<bool> StillRunningAsync(PipelineOptions options, CancellationToken cancellationToken)
    {
        if ((await cluster.RecentPassesAsync(options.Name, 1, cancellationToken)) is [{ Status: not "done" } running])
        {
            logger.LogWarning("Pipeline {Pipeline}: pass {PassId} still has batches running; nothing new planned", options.Name, running.PassId);
            return true;
        }
        return false;
    }

    private async Task<ClusterPass?> PlanDocumentsAsync(IScheduler scheduler, PipelineOptions options, int batchSize, string trigger, List<string> sources, CancellationToken cancellationToken)
    {
        var batches = sources.Chunk(batchSize).Select(b => (IReadOnlyList<string>)b).ToList();
        await stores.Issues(options).MigrateAsync(cancellationToken);
        var now = IssueRecordBuilder.Timestamp(time.GetUtcNow());
        var runId = await stores.Runs(options).StartRunAsync(options.Name, trigger, now, cancellationToken);
        var passId = await cluster.PlanAsync(options.Name, runId, trigger, now, batches, cancellationToken);
        if (passId is not { } id)
        {
            await stores.Runs(options).CloseRunAsync(runId, "cancelled", now, null, "another node planned a pass of the pipeline at the same moment", cancellationToken);
            return null;
        }
        for (var i = 1; i <= batches.Count; i++)
        {
            var job = JobBuilder.Create<BatchJob>()
                .WithIdentity($"{options.Name}-pass{id}-batch{i}", "batches")
                .UsingJobData(BatchJob.PipelineKey, options.Name)
                .UsingJobData(BatchJob.PassKey, id.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .UsingJobData(BatchJob.BatchKey, i.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .RequestRecovery()
                .Build();
            await scheduler.ScheduleJob(job, TriggerBuilder.Create().ForJob(job.Key).StartNow().Build(), default, cancellationToken);
        }
        logger.LogInformation("Pipeline {Pipeline}: pass {PassId} (run {RunId}) planned: {Documents} documents in {Batches} batches of up to {BatchSize}",
            options.Name, id, runId, sources.Count, batches.Count, batchSize);
        if (batches.Count == 0)
        {
            await finisher.FinishIfLastAsync(options, id, 0, cancellationToken);
        }
        return await cluster.PassAsync(id, cancellationToken);
    }
}
