using Microsoft.Extensions.Logging;
using Quartz;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Worker.Hosting;

namespace WeiduEtl.Worker.Scheduling;

/// <summary>A scheduled pass of one pipeline. Thin on purpose: the trigger becomes one call of the pipeline.</summary>
[DisallowConcurrentExecution]
public sealed class PipelineJob(EtlPipeline pipeline, EtlConfig config, ILogger<PipelineJob> logger) : IJob
{
    public const string PipelineKey = "pipeline";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var name = context.MergedJobDataMap.GetString(PipelineKey);
        var options = config.Pipelines.Single(p => p.Name == name);
        using var held = PipelineLock.TryAcquire(options.LocalFolder);
        if (held is null)
        {
            logger.LogWarning("Pipeline {Pipeline}: skipped this trigger, another process ({Holder}) is running a pass", name, PipelineLock.Holder(options.LocalFolder) ?? "unknown");
            return;
        }
        if (held.DeadHolder is { } dead)
        {
            logger.LogWarning("Pipeline {Pipeline}: the previous pass ({Holder}) ended without releasing its lock; its run is closed as abandoned", name, dead);
        }
        var result = await pipeline.RunAsync(options, "schedule", null, cancellationToken);
        logger.LogInformation("Pipeline {Pipeline}: scheduled pass {RunId} {Status}; next at {NextFire}",
            name, result.Summary.RunId, result.Summary.Status, context.NextFireTimeUtc);
    }
}
