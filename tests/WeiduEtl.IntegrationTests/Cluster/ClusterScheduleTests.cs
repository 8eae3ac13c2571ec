using System.Diagnostics;
using System.Globalization;
using System.Text;
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
        var connection = database.ConnectionString.Replace("\"", "\\\"", StringComparison.Ordinal);
        File.WriteAllText(ws.ConfigPath, $$"""
            {
              "cluster": { "database": "{{connection}}" },
              "pipelines": [
                { "name": "weidu", "publication": "许昌日报", "pageLabel": "魏都区", "schedule": "0/3 * * * * ?",
                  "source": { "type": "folder", "path": "seeds", "include": ["*.txt"] },
                  "database": "{{connection}}", "output": "data/weidu", "license": "CC-BY-4.0" }
              ]
            }
            """);

        var nodes = new[] { Start(ws), Start(ws) };
        var joined = 0;
        try
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            while (await FinishedRunsAsync(database) < 3)
            {
                Assert.False(deadline.IsCancellationRequested, $"three scheduled passes did not finish in 120 s\n{Logs(nodes)}");
                Assert.All(nodes, n => Assert.False(n.Process.HasExited, $"a node exited\n{Logs(nodes)}"));
                joined = Math.Max(joined, await SchedulersAsync(database));
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

        Assert.True(joined == 2, $"{joined} nodes checked in\n{Logs(nodes)}");
        Assert.All(nodes, n => Assert.True(n.Process.ExitCode == 0, $"exit {n.Process.ExitCode}\n{Logs(nodes)}"));
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

    private static Task<int> FinishedRunsAsync(PostgresTestDatabase database) =>
        Exists(database, "runs").ContinueWith(t => t.Result ? database.ScalarAsync<int>("SELECT COUNT(*) FROM runs WHERE finished_at IS NOT NULL") : Task.FromResult(0), TaskScheduler.Default).Unwrap();

    private static async Task<int> SchedulersAsync(PostgresTestDatabase database) =>
        await Exists(database, "qrtz_scheduler_state") ? await database.ScalarAsync<int>("SELECT COUNT(*) FROM qrtz_scheduler_state") : 0;

    private static Task<bool> Exists(PostgresTestDatabase database, string table) =>
        database.ScalarAsync<bool>($"SELECT to_regclass('{table}') IS NOT NULL");

    private static string Logs(IEnumerable<Node> nodes) => string.Join("\n", nodes.Select((n, i) => $"--- node {i + 1} ---\n{n.Log}"));

    private static Node Start(Workspace ws)
    {
        var process = Process.Start(WeiduProcess.StartInfo(ws.Root, "--config", ws.ConfigPath))!;
        var node = new Node(process);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return node;
    }

    private sealed class Node(Process process)
    {
        private readonly StringBuilder _log = new();

        public Process Process { get; } = process;

        public string Log
        {
            get
            {
                lock (_log)
                {
                    return _log.ToString();
                }
            }
        }

        public void Append(string? line)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }

        public async Task StopAsync()
        {
            if (!Process.HasExited)
            {
                using var kill = Process.Start("kill", ["-TERM", Process.Id.ToString(CultureInfo.InvariantCulture)])!;
                await kill.WaitForExitAsync();
            }
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await Process.WaitForExitAsync(timeout.Token);
        }
    }
}
