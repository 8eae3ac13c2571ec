using System.Diagnostics;
using System.Text.RegularExpressions;
using WeiduEtl.IntegrationTests.Support;
using WeiduEtl.TestSupport.Postgres;

namespace WeiduEtl.IntegrationTests.Cluster;

/// <summary>A node stopped as systemd stops a service (SIGTERM) mid-pass, then started again.</summary>
public sealed partial class ClusterStopTests
{
    private const int Documents = 200;

    [SkippableFact]
    public async Task NodeStoppedWithSigtermMidBatchThenRestarted_HandsBackItsBatchesAndRejoinsAndThePassCompletesOnce()
    {
        Skip.If(PostgresTestDatabase.SkipReason is not null, PostgresTestDatabase.SkipReason);
        await using var database = PostgresTestDatabase.Create();
        using var ws = new Workspace();
        Assert.Equal(Documents, ws.AddSeedCopies(Documents - 1));
        ClusterConfig.Write(ws, database.ConnectionString, batchSize: 50);

        var nodes = new List<ClusterNodeProcess> { ClusterNodeProcess.Start(ws), ClusterNodeProcess.Start(ws) };
        Process? run = null;
        string? stoppedId = null;
        try
        {
            await WaitForAsync(async () => await ClusterConfig.SchedulersAsync(database) == 2, "both nodes to check in", nodes);
            run = Process.Start(WeiduProcess.StartInfo(ws.Root, "run", "--wait", "--config", ws.ConfigPath))!;
            var runOut = run.StandardOutput.ReadToEndAsync();
            var runErr = run.StandardError.ReadToEndAsync();
            await WaitForAsync(() => Task.FromResult(nodes.Any(n => n.Log.Contains(" Stored as issue ", StringComparison.Ordinal))), "a node to store its first documents", nodes);
            var stopped = nodes.First(n => n.Log.Contains(" Stored as issue ", StringComparison.Ordinal));
            stoppedId = NodeId().Match(stopped.Log).Groups[1].Value;

            const string Instances = "SELECT string_agg(instance_name, ',' ORDER BY instance_name) FROM qrtz_scheduler_state";
            var before = (await database.ScalarAsync<string>(Instances)).Split(',');

            await stopped.StopAsync();
            Assert.True(stopped.Process.ExitCode == 0, $"the stopped node exited {stopped.Process.ExitCode}\n{stopped.Log}");
            nodes.Add(ClusterNodeProcess.Start(ws));
            await WaitForAsync(async () => (await database.ScalarAsync<string>(Instances)).Split(',').Except(before).Any(), "the restarted node to check in", nodes);

            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
            await run.WaitForExitAsync(timeout.Token);
            Assert.True(run.ExitCode == 0, $"run --wait: exit {run.ExitCode}\n{await runOut}\n{await runErr}\n{ClusterNodeProcess.Logs(nodes)}");
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.StopAsync();
            }
            run?.Dispose();
        }

        Assert.Equal(Documents, await database.ScalarAsync<int>("SELECT COUNT(*) FROM issues"));
        Assert.Equal(Documents, await database.ScalarAsync<int>("SELECT COUNT(DISTINCT source_uri) FROM issues"));
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT COUNT(*) FROM cluster_batches WHERE status <> 'done'"));
        Assert.True(await database.ScalarAsync<int>($"SELECT COUNT(*) FROM cluster_batches WHERE attempts > 1 AND node <> '{stoppedId}'") >= 1,
            $"no batch of the stopped node {stoppedId} was handed back\n{ClusterNodeProcess.Logs(nodes)}");
        Assert.Equal($"succeeded {Documents} 0", await database.ScalarAsync<string>("SELECT status || ' ' || seen || ' ' || failed FROM runs"));
        SnapshotAssert.IsComplete(SnapshotAssert.LatestFolder(ws.OutputPath));
        Assert.Single(ws.SnapshotIds());
    }

    private static async Task WaitForAsync(Func<Task<bool>> done, string what, IReadOnlyList<ClusterNodeProcess> nodes)
    {
        var clock = Stopwatch.StartNew();
        while (!await done())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), $"waited 3 minutes for {what}\n{ClusterNodeProcess.Logs(nodes)}");
            await Task.Delay(200);
        }
    }

    [GeneratedRegex(@"Batch \d+ of pass \d+ \([^)]+\): \d+ documents on node (\S+)")]
    private static partial Regex NodeId();
}
