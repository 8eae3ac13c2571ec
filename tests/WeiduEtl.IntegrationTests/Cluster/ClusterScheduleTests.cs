using WeiduEtl.IntegrationTests.Support;
using WeiduEtl.TestSupport.Postgres;

namespace WeiduEtl.IntegrationTests.Cluster;

/// <summary>Two real service processes on one fresh PostgreSQL schema, sharing the schedule through Quartz's clustered store.</summary>
public sealed class ClusterScheduleTests
{
    [SkippableFact]
    public async Task TwoNodesStartedAtOnceOnAnEmptyDatabase_BothJoinAndScheduledPassesNeverOverlap()
    {
        Skip.If(PostgresTestDatabase.SkipReason is not null, PostgresTestDatabase.SkipReason);
        await using var database = PostgresTestDatabase.Create();
        using var ws = new Workspace();
        var pages = ws.AddSeedCopies(9);
        ClusterConfig.Write(ws, database.ConnectionString, batchSize: 4, schedule: "0/3 * * * * ?");

        var nodes = new[] { ClusterNodeProcess.Start(ws), ClusterNodeProcess.Start(ws) };
        var joined = 0;
        try
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            while (await FinishedRunsAsync(database) < 3)
            {
                Assert.False(deadline.IsCancellationRequested, $"three scheduled passes did not finish in 120 s\n{ClusterNodeProcess.Logs(nodes)}");
                Assert.All(nodes, n => Assert.False(n.Process.HasExited, $"a node exited\n{ClusterNodeProcess.Logs(nodes)}"));
                joined = Math.Max(joined, await ClusterConfig.SchedulersAsync(database));
                await Task.Delay(500, CancellationToken.None);
            }
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.StopAsync();
            }
        }

        Assert.True(joined == 2, $"{joined} nodes checked in\n{ClusterNodeProcess.Logs(nodes)}");
        Assert.All(nodes, n => Assert.True(n.Process.ExitCode == 0, $"exit {n.Process.ExitCode}\n{ClusterNodeProcess.Logs(nodes)}"));
        Assert.Equal(pages, await database.ScalarAsync<int>("SELECT COUNT(*) FROM issues"));
        Assert.Equal(pages, await database.ScalarAsync<int>("SELECT COALESCE(SUM(stored), 0) FROM runs"));
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT COUNT(*) FROM runs WHERE status = 'abandoned'"));
        // One pass at a time across the cluster: no run starts before the one before it finished.
        Assert.Equal(0, await database.ScalarAsync<int>("""
            SELECT COUNT(*) FROM runs r JOIN runs earlier ON earlier.run_id < r.run_id
            WHERE earlier.finished_at IS NOT NULL AND r.started_at < earlier.finished_at
            """));
        SnapshotAssert.IsComplete(SnapshotAssert.LatestFolder(ws.OutputPath));
    }

    private static async Task<int> FinishedRunsAsync(PostgresTestDatabase database) =>
        await database.ScalarAsync<bool>("SELECT to_regclass('runs') IS NOT NULL")
            ? await database.ScalarAsync<int>("SELECT COUNT(*) FROM runs WHERE finished_at IS NOT NULL")
            : 0;
}
