using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using WeiduEtl.IntegrationTests.Support;
using WeiduEtl.TestSupport.Postgres;
using Xunit.Abstractions;

namespace WeiduEtl.IntegrationTests.Cluster;

/// <summary>
/// Three real worker processes on one fresh PostgreSQL schema share a pass of 300 documents; one is killed with
/// SIGKILL right after its first stores. Quartz hands its batches to the others, and the store keeps every document
/// exactly once.
/// </summary>
public sealed partial class ClusterFailoverTests(ITestOutputHelper output)
{
    private const int Documents = 300;

    [SkippableFact]
    public async Task ThreeNodesOneKilledAfterItsFirstStores_EveryDocumentStoredOnceEveryBatchDoneOneCompleteSnapshot()
    {
        Skip.If(PostgresTestDatabase.SkipReason is not null, PostgresTestDatabase.SkipReason);
        await using var database = PostgresTestDatabase.Create();
        using var ws = new Workspace();
        Assert.Equal(Documents, ws.AddSeedCopies(Documents - 1));
        ClusterConfig.Write(ws, database.ConnectionString, batchSize: 50);

        var nodes = Enumerable.Range(0, 3).Select(_ => ClusterNodeProcess.Start(ws)).ToList();
        ClusterNodeProcess? killed = null;
        string? killedId = null;
        var killedAt = DateTimeOffset.MinValue;
        Process? run = null;
        try
        {
            await WaitForAsync(async () => await ClusterConfig.SchedulersAsync(database) == 3, "all three nodes to check in", nodes);
            run = Process.Start(WeiduProcess.StartInfo(ws.Root, "run", "--wait", "--config", ws.ConfigPath))!;
            var runOut = run.StandardOutput.ReadToEndAsync();
            var runErr = run.StandardError.ReadToEndAsync();

            await WaitForAsync(() => Task.FromResult(nodes.Any(n => n.Log.Contains("BatchRunner", StringComparison.Ordinal) && n.Log.Contains(" Stored as issue ", StringComparison.Ordinal))),
                "a node to store its first documents", nodes);
            killed = nodes.First(n => n.Log.Contains(" Stored as issue ", StringComparison.Ordinal));
            killedId = NodeId().Match(killed.Log).Groups[1].Value;
            killed.Process.Kill();
            killedAt = TimeProvider.System.GetUtcNow();
            await killed.Process.WaitForExitAsync();

            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
            await run.WaitForExitAsync(timeout.Token);
            Assert.True(run.ExitCode == 0, $"run --wait: exit {run.ExitCode}\n{await runOut}\n{await runErr}\n{ClusterNodeProcess.Logs(nodes)}");
        }
        finally
        {
            foreach (var node in nodes.Where(n => n != killed))
            {
                await node.StopAsync();
            }
            run?.Dispose();
        }

        Assert.Equal(Documents, await database.ScalarAsync<int>("SELECT COUNT(*) FROM issues"));
        Assert.Equal(Documents, await database.ScalarAsync<int>("SELECT COUNT(DISTINCT source_uri) FROM issues"));
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT COUNT(*) FROM cluster_batches WHERE status <> 'done'"));
        Assert.Equal("done", await database.ScalarAsync<string>("SELECT string_agg(status, ',') FROM cluster_passes"));
        var recovered = await database.ScalarAsync<int>($"SELECT COUNT(*) FROM cluster_batches WHERE attempts > 1 AND node <> '{killedId}'");
        Assert.True(recovered >= 1, $"no batch of the killed node {killedId} was recovered by another\n{ClusterNodeProcess.Logs(nodes)}");
        // The ledger: one outcome per document, none failed; what the dead node stored before its ledger row counts as unchanged.
        Assert.Equal(Documents, await database.ScalarAsync<int>("SELECT COUNT(*) FROM run_documents"));
        Assert.Equal(Documents, await database.ScalarAsync<int>("SELECT COUNT(DISTINCT source_uri) FROM run_documents"));
        Assert.Equal($"succeeded {Documents} 0", await database.ScalarAsync<string>("SELECT status || ' ' || seen || ' ' || failed FROM runs"));
        Assert.Equal(Documents, await database.ScalarAsync<int>("SELECT stored + unchanged FROM runs"));
        var snapshot = SnapshotAssert.LatestFolder(ws.OutputPath);
        SnapshotAssert.IsComplete(snapshot);
        Assert.Equal(Documents, SnapshotAssert.Rows(snapshot, "issues").Count);
        Assert.Single(ws.SnapshotIds());

        var restarted = await database.ScalarAsync<string>(
            $"SELECT MIN(started_at) FROM cluster_batches WHERE attempts > 1 AND node <> '{killedId}'");
        var failover = DateTimeOffset.Parse(restarted, CultureInfo.InvariantCulture) - killedAt;
        output.WriteLine($"node {killedId} killed at {killedAt:HH:mm:ss.fff}; its first batch restarted elsewhere at {restarted} (after about {failover.TotalSeconds:0} s); {recovered} batches recovered");
    }

    private static async Task WaitForAsync(Func<Task<bool>> done, string what, IReadOnlyList<ClusterNodeProcess> nodes)
    {
        var clock = Stopwatch.StartNew();
        while (!await done())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), $"waited 3 minutes for {what}\n{ClusterNodeProcess.Logs(nodes)}");
            Assert.All(nodes, n => Assert.False(n.Process.HasExited && n.Process.ExitCode != 137 && n.Process.ExitCode != -1, $"a node exited on its own\n{ClusterNodeProcess.Logs(nodes)}"));
            await Task.Delay(200);
        }
    }

    [GeneratedRegex(@"Batch \d+ of pass \d+ \([^)]+\): \d+ documents on node (\S+)")]
    private static partial Regex NodeId();
}
