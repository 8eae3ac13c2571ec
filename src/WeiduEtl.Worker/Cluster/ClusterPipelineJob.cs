using Microsoft.Extensions.Logging;
using Quartz;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;

namespace WeiduEtl.Worker.Cluster;

/// <summary>
/// A pipeline's scheduled pass in a cluster, fired on one node (the trigger is the cluster-wide lock): it plans the
/// pass into batches for every node. A source that settles each document as it yields it (an e-paper site) cannot be
/// split, so its pass runs whole on this node.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ClusterPipelineJob(EtlConfig config, EtlPipeline pipeline, ClusterPassPlanner planner, ILogger<ClusterPipelineJob> logger) : IJob
{
    public const string PipelineKey = "pipeline";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var name = context.MergedJobDataMap.GetString(PipelineKey);
        var options = config.Pipelines.Single(p => p.Name == name);
        if (pipeline.SourceFor(options).SettlesEachDocumentOnResume)
        {
            var result = await pipeline.RunAsync(options, "schedule", null, cancellationToken);
            logger.LogInformation("Pipeline {Pipeline}: scheduled pass {RunId} {Status} on node {Node}", name, result.Summary.RunId, result.Summary.Status, context.Scheduler.SchedulerInstanceId);
            return;
        }
        await planner.PlanAsync(context.Scheduler, options, config.Cluster!.BatchSize, "schedule", cancellationToken);
    }
}
