using System.Globalization;
using WeiduEtl.Core.Options;
using WeiduEtl.Storage.Cluster;

namespace WeiduEtl.Worker.Cluster;

/// <summary><c>status</c> on a clustered config: the nodes, and each pipeline's recent passes with their batches.</summary>
public static class ClusterStatus
{
    /// <summary>A node is alive while it checks in; Quartz writes it off after the interval plus the misfire threshold.</summary>
    public static bool IsAlive(ClusterNode node, DateTimeOffset now) =>
        now - node.LastCheckin <= node.CheckinInterval + ClusterScheduling.CheckinMisfireThreshold;

    public static async Task PrintAsync(ClusterStore store, IEnumerable<PipelineOptions> pipelines, DateTimeOffset now, int last, CancellationToken cancellationToken)
    {
        var nodes = await store.NodesAsync(cancellationToken);
        Console.WriteLine($"cluster: {nodes.Count(n => IsAlive(n, now))} of {nodes.Count} nodes alive");
        foreach (var node in nodes)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  node {node.InstanceId}: {(IsAlive(node, now) ? "alive" : "not checking in")}, last check-in {(now - node.LastCheckin).TotalSeconds:0.0} s ago"));
        }
        foreach (var pipeline in pipelines)
        {
            foreach (var pass in await store.RecentPassesAsync(pipeline.Name, last, cancellationToken))
            {
                var batches = await store.BatchesAsync(pass.PassId, cancellationToken);
                var states = string.Join(", ", batches.GroupBy(b => b.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
                Console.WriteLine($"  {pipeline.Name} pass {pass.PassId} (run {pass.RunId}, {pass.Trigger}) {pass.Status}: {batches.Count} batches: {states}");
                foreach (var running in batches.Where(b => b.Status == "running"))
                {
                    Console.WriteLine($"      batch {running.BatchNo} running on {running.Node} since {running.StartedAt} (attempt {running.Attempts})");
                }
                foreach (var perNode in batches.Where(b => b.Status == "done" && b.Node is not null).GroupBy(b => b.Node!))
                {
                    var documents = perNode.Sum(b => b.Stored + b.Unchanged + b.Failed);
                    var seconds = perNode.Sum(b => Seconds(b));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"      node {perNode.Key}: {perNode.Count()} batches, {documents} documents, {(seconds > 0 ? documents / seconds : 0):0.0} documents/s"));
                }
            }
        }
    }

    private static double Seconds(ClusterBatch batch) =>
        DateTimeOffset.TryParse(batch.StartedAt, CultureInfo.InvariantCulture, out var start) && DateTimeOffset.TryParse(batch.FinishedAt, CultureInfo.InvariantCulture, out var end)
            ? Math.Max(0, (end - start).TotalSeconds)
            : 0;
}
