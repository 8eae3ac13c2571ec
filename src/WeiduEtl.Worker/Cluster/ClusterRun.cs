using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;
using WeiduEtl.Storage.Cluster;
using WeiduEtl.Worker.Cli;
using WeiduEtl.Worker.Hosting;

namespace WeiduEtl.Worker.Cluster;

/// <summary>
/// <c>run</c> on a clustered config: plans each pass into the cluster through a scheduler that never starts here (the
/// nodes execute the batches), and with <c>--wait</c> follows the batches until the pass has published.
/// </summary>
public sealed class ClusterRun : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IScheduler _scheduler;
    private readonly ClusterOptions _cluster;

    private ClusterRun(ServiceProvider services, IScheduler scheduler, ClusterOptions cluster)
    {
        _services = services;
        _scheduler = scheduler;
        _cluster = cluster;
    }

    public ClusterStore Store => _services.GetRequiredService<ClusterStore>();

    /// <summary>The cluster's services on top of the verb's (pipeline, stores, publisher).</summary>
    public static async Task<ClusterRun> OpenAsync(VerbContext context, ClusterOptions cluster, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection()
            .AddLogging(l => l.AddWeiduConsoleLogging())
            .AddSingleton(context.Get<EtlPipeline>())
            .AddSingleton(context.Get<BackfillRunner>())
            .AddSingleton(context.Get<IStoreFactory>())
            .AddSingleton(context.Get<SnapshotStep>())
            .AddSingleton(context.Get<TimeProvider>())
            .AddWeiduCluster(cluster);
        services.AddQuartz(q => q.UseCluster(cluster));
        var provider = services.BuildServiceProvider();
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken);
        return new ClusterRun(provider, scheduler, cluster);
    }

    /// <summary>Plans the pass; with <paramref name="wait"/>, follows it to its end. Null result: planned, not followed, or refused.</summary>
    public async Task<(ClusterPass? Pass, PassResult? Result)> RunAsync(PipelineOptions options, bool wait, ILogger logger, CancellationToken cancellationToken) =>
        await FollowIfAsync(options, await _services.GetRequiredService<ClusterPassPlanner>().PlanAsync(_scheduler, options, _cluster.BatchSize, "run", cancellationToken), wait, logger, cancellationToken);

    /// <summary>Plans the backfill of the selected issues; with <paramref name="wait"/>, follows it as a pass.</summary>
    public async Task<(ClusterPass? Pass, PassResult? Result)> BackfillAsync(PipelineOptions options, BackfillSelection selection, bool wait, ILogger logger, CancellationToken cancellationToken) =>
        await FollowIfAsync(options, await _services.GetRequiredService<ClusterPassPlanner>().PlanBackfillAsync(_scheduler, options, _cluster.BatchSize, selection, cancellationToken), wait, logger, cancellationToken);

    private async Task<(ClusterPass? Pass, PassResult? Result)> FollowIfAsync(PipelineOptions options, ClusterPass? pass, bool wait, ILogger logger, CancellationToken cancellationToken)
    {
        if (pass is null || !wait)
        {
            return (pass, null);
        }
        var result = await ProgressDisplay.RunAsync(options.Name, logger, progress => FollowAsync(options, pass.PassId, progress, cancellationToken));
        return (pass, result);
    }

    /// <summary>Tells what was planned (or why nothing was) and keeps a followed result; false when a pass still runs.</summary>
    public static bool Report(PipelineOptions options, ClusterPass? pass, PassResult? followed, List<PassResult> results)
    {
        if (pass is null)
        {
            Console.Error.WriteLine($"{options.Name}: a pass of the pipeline is still running its batches in the cluster; try again when it ends (weidu-etl status shows it)");
            return false;
        }
        if (followed is null)
        {
            Console.WriteLine($"{options.Name}: pass {pass.PassId} (run {pass.RunId}, {pass.Trigger}) planned in {pass.BatchCount} batches for the cluster's nodes; follow it with weidu-etl status, or add --wait");
        }
        else
        {
            results.Add(followed);
        }
        return true;
    }

    private async Task<PassResult> FollowAsync(PipelineOptions options, long passId, IProgress<PassProgress> progress, CancellationToken cancellationToken)
    {
        var time = _services.GetRequiredService<TimeProvider>();
        var warned = false;
        var lastDone = -1;
        while (true)
        {
            var pass = await Store.PassAsync(passId, cancellationToken) ?? throw new InvalidOperationException($"cluster pass {passId} vanished");
            var batches = await Store.BatchesAsync(passId, cancellationToken);
            var total = batches.Sum(b => JsonSerializer.Deserialize<string[]>(b.SourceUris)?.Length ?? 0);
            var done = batches.Where(b => b.Status is "done" or "failed").Sum(b => b.Stored + b.Unchanged + b.Failed);
            if (done != lastDone)
            {
                var running = batches.Where(b => b.Status == "running").Select(b => $"batch {b.BatchNo} on {b.Node}");
                progress.Report(new PassProgress(options.Name, done, total, string.Join(", ", running), $"{batches.Count(b => b.Status == "done")}/{batches.Count} batches done"));
                lastDone = done;
            }
            if (pass.Status == "done")
            {
                var runs = _services.GetRequiredService<IStoreFactory>().Runs(options);
                var summary = (await runs.RecentRunsAsync(options.Name, 100, cancellationToken)).Single(r => r.RunId == pass.RunId);
                return new PassResult(summary, await runs.FailuresOfRunAsync(pass.RunId, cancellationToken));
            }
            if (!warned && batches.Any(b => b.Status == "queued") && !(await Store.NodesAsync(cancellationToken)).Any(n => ClusterStatus.IsAlive(n, time.GetUtcNow())))
            {
                Console.Error.WriteLine($"{options.Name}: no node is executing batches (none has checked in lately); the {batches.Count(b => b.Status == "queued")} queued batches wait until one starts: weidu-etl --config FILE");
                warned = true;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500), time, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _scheduler.Shutdown(false, CancellationToken.None);
        await _services.DisposeAsync();
    }
}
