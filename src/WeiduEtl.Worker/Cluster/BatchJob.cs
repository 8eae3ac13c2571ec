using System.Globalization;
using Quartz;

namespace WeiduEtl.Worker.Cluster;

/// <summary>One batch of a clustered pass, fired on whichever node acquires it (again on another when its node dies).</summary>
public sealed class BatchJob(ClusterBatchExecutor executor) : IJob
{
    public const string PipelineKey = "pipeline";
    public const string PassKey = "pass";
    public const string BatchKey = "batch";

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        return new ValueTask(executor.RunAsync(
            data.GetString(PipelineKey)!,
            long.Parse(data.GetString(PassKey)!, CultureInfo.InvariantCulture),
            int.Parse(data.GetString(BatchKey)!, CultureInfo.InvariantCulture),
            context.Scheduler.SchedulerInstanceId,
            context.Recovering,
            cancellationToken));
    }
}
