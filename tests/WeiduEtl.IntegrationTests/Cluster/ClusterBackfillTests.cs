using System.Diagnostics;
using WeiduEtl.IntegrationTests.Support;
using WeiduEtl.TestSupport.Postgres;

namespace WeiduEtl.IntegrationTests.Cluster;

/// <summary><c>run</c> without <c>--wait</c> and <c>backfill --wait</c> on a clustered config, with two real nodes doing the work.</summary>
public sealed class ClusterBackfillTests
{
    private const int Documents = 60;

    [SkippableFact]
    public async Task RunPlansAndReturns_ThenBackfillWaitReparsesEveryIssueInBatchesOnce()
    {
        Skip.If(PostgresTestDatabase.SkipReason is not null, PostgresTestDatabase.SkipReason);
        await using var database = PostgresTestDatabase.Create();
        using var ws = new Workspace();
        Assert.Equal(Documents, ws.AddSeedCopies(Documents - 1));
        ClusterConfig.Write(ws, database.ConnectionString, batchSize: 20);
        var nodes = new[] { ClusterNodeProcess.Start(ws), ClusterNodeProcess.Start(ws) };
        ProcessResult planned, backfill;
        try
        {
            planned = await ws.RunAsync("run");
            var clock = Stopwatch.StartNew();
            while (await database.ScalarAsync<string>("SELECT status FROM cluster_passes WHERE pass_id = 1") != "done")
            {
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(4), $"the planned pass did not finish\n{ClusterNodeProcess.Logs(nodes)}");
                await Task.Delay(300);
            }
            backfill = await ws.RunAsync("backfill", "--all", "--reparse", "--wait");
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.StopAsync();
            }
        }

        Assert.True(planned.ExitCode == 0, planned.ToString());
        Assert.Contains("weidu: pass 1 (run 1, run) planned in 3 batches", planned.Stdout);
        Assert.True(backfill.ExitCode == 0, $"{backfill}\n{ClusterNodeProcess.Logs(nodes)}");
        Assert.Contains($"weidu: run 2 succeeded: {Documents} documents, {Documents} stored, 0 unchanged, 0 failed", backfill.Stdout);
        Assert.Equal("backfill 3 done", await database.ScalarAsync<string>(
            "SELECT p.trigger || ' ' || COUNT(*) || ' ' || string_agg(DISTINCT b.status, ',') FROM cluster_passes p JOIN cluster_batches b USING (pass_id) WHERE p.pass_id = 2 GROUP BY p.trigger"));
        Assert.Equal(Documents, await database.ScalarAsync<int>("SELECT COUNT(*) FROM issues"));
        Assert.Equal(Documents, await database.ScalarAsync<int>("SELECT COUNT(*) FROM run_documents WHERE run_id = 2 AND outcome = 'replaced'"));
        SnapshotAssert.IsComplete(SnapshotAssert.LatestFolder(ws.OutputPath));
    }
}
