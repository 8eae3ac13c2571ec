using Npgsql;
using Quartz;
using WeiduEtl.Core.Options;
using WeiduEtl.Storage.Postgres;

namespace WeiduEtl.Worker.Cluster;

/// <summary>
/// Quartz's clustered job store on the cluster's PostgreSQL database: every node running the same pipelines.json
/// shares one schedule, a trigger fires on one node only, and a node that stops checking in has its passes
/// recovered by another. Each node has its own generated instance id; the first nodes to start create the qrtz_
/// tables (several may start at once: the loser of that race finds the winner's tables).
/// </summary>
public static class ClusterScheduling
{
    /// <summary>How long a node may miss its check-in before another takes over its work.</summary>
    public static readonly TimeSpan CheckinMisfireThreshold = TimeSpan.FromSeconds(7);

    public static void UseCluster(this IQuartzBuilder quartz, ClusterOptions cluster)
    {
        // Quartz's default of 30 s would leave a new pass unnoticed by idle nodes for that long.
        quartz.ConfigureScheduler(s =>
        {
            s.IdleWaitTime = TimeSpan.FromSeconds(1);
            // A stopping node cancels its batches, and the store hands them back for another node to finish.
            s.ShutdownJobInterruption = ShutdownJobInterruption.Always;
        });
        // Each batch parses one document at a time; two at once keep both cores of a small node busy.
        quartz.UseDefaultThreadPool(2);
        quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(NpgsqlFactory.Instance, NpgsqlConnectionString.From(cluster.Database));
            store.UseClustering(c =>
            {
                c.CheckinInterval = TimeSpan.FromSeconds(2);
                c.CheckinMisfireThreshold = CheckinMisfireThreshold;
            });
            store.ConfigureStore(o => o.RecoverFiringsCancelledByShutdown = true);
            store.ProvisionSchema();
        });
    }
}
