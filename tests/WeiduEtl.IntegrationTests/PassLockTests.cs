using System.Diagnostics;
using Dapper;
using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests;

/// <summary>The pipeline lock between processes: who holds it, queueing behind it, and a holder that died.</summary>
public sealed class PassLockTests
{
    [Fact]
    public async Task Run_WithWait_QueuesBehindTheHolderAndRunsWhenItEnds()
    {
        using var ws = new Workspace();
        Directory.CreateDirectory(ws.OutputPath);
        var held = new FileStream(Path.Combine(ws.OutputPath, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        File.WriteAllText(Path.Combine(ws.OutputPath, ".lock.holder"), "pid 4242 on test-host since 2026-11-30T08:00:00Z");

        using var process = Process.Start(WeiduProcess.StartInfo(ws.Root, "run", "--wait", "--config", ws.ConfigPath))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var waiting = await process.StandardError.ReadLineAsync();
        await held.DisposeAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal("weidu: waiting for the pass of pid 4242 on test-host since 2026-11-30T08:00:00Z to end", waiting);
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{await stdout}\n{stderr}");
        Assert.Single(ws.SnapshotIds());
    }

    [Fact]
    public async Task Run_AfterAPassDiedHoldingTheLock_ClosesItsRunAsAbandonedAndStatusShowsIt()
    {
        using var ws = new Workspace();
        Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);
        // What kill -9 leaves: the run still 'running' and the holder's name beside a lock nobody holds.
        using (var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={ws.DatabasePath};Pooling=False"))
        {
            db.Execute("UPDATE runs SET status = 'running', finished_at = NULL");
        }
        File.WriteAllText(Path.Combine(ws.OutputPath, ".lock.holder"), "pid 4242 on test-host since 2026-11-30T08:00:00Z");

        var run = await ws.RunAsync("run");
        var status = await ws.RunAsync("status");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("the previous pass (pid 4242 on test-host since 2026-11-30T08:00:00Z) ended without releasing its lock", run.Stderr, StringComparison.Ordinal);
        using var check = ws.OpenDatabase();
        Assert.Equal(["abandoned", "succeeded"], check.Query<string>("SELECT status FROM runs ORDER BY run_id"));
        Assert.NotNull(check.ExecuteScalar<string>("SELECT finished_at FROM runs WHERE run_id = 1"));
        Assert.Contains("abandoned", status.Stdout, StringComparison.Ordinal);
        Assert.Contains("ended without closing it", status.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(ws.OutputPath, ".lock.holder")));
    }
}
