using Dapper;
using Microsoft.Data.Sqlite;
using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests;

/// <summary>A backfill stopped part way continues where it stopped; <c>--failed</c> takes only what failed last.</summary>
public sealed class BackfillResumeTests
{
    [Fact]
    public async Task Backfill_AfterAnInterruptedOne_ParsesOnlyTheIssuesItHadNotReached()
    {
        using var ws = FourIssues();
        Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);
        Assert.Equal(0, (await ws.RunAsync("backfill", "--all", "--reparse")).ExitCode);
        // What Ctrl-C or kill -9 after two issues leaves: the run not finished, two issues parsed before it began.
        Execute(ws, """
            UPDATE runs SET status = 'abandoned' WHERE run_id = 2;
            UPDATE issues SET parsed_at = '2000-01-01T00:00:00Z' WHERE source_uri IN ('seeds/copy-2.txt', 'seeds/copy-3.txt');
            """);

        var resumed = await ws.RunAsync("backfill", "--all", "--reparse");

        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Contains("resumes the one begun at", resumed.Stderr, StringComparison.Ordinal);
        Assert.Contains("4 issues selected, 2 left to parse again", resumed.Stderr, StringComparison.Ordinal);
        using var db = ws.OpenDatabase();
        Assert.Equal(2L, db.ExecuteScalar<long>("SELECT stored FROM runs WHERE run_id = 3"));
        Assert.Equal(0L, db.ExecuteScalar<long>("SELECT COUNT(*) FROM issues WHERE parsed_at LIKE '2000-%'"));

        var again = await ws.RunAsync("backfill", "--all", "--reparse");

        Assert.Contains("4 issues selected, 4 left to parse again", again.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backfill_AfterOneKilledBeforeItPublished_PublishesWhatThatOneStored()
    {
        using var ws = FourIssues();
        Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);
        Assert.Equal(0, (await ws.RunAsync("backfill", "--all", "--reparse")).ExitCode);
        // What kill -9 between the last issue stored and the snapshot leaves: every issue parsed again, the run open.
        Execute(ws, "UPDATE runs SET status = 'running', finished_at = NULL, seen = 0, stored = 0, unchanged = 0, snapshot_id = NULL WHERE run_id = 2");
        var before = LatestSnapshotId(ws);

        var resumed = await ws.RunAsync("backfill", "--all", "--reparse");

        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Contains("4 issues selected, 0 left to parse again", resumed.Stderr, StringComparison.Ordinal);
        Assert.NotEqual(before, LatestSnapshotId(ws));
        using var db = ws.OpenDatabase();
        Assert.Equal(("abandoned", 4L), db.QuerySingle<(string, long)>("SELECT status, stored FROM runs WHERE run_id = 2"));
        SnapshotAssert.IsComplete(SnapshotAssert.LatestFolder(ws.OutputPath));
    }

    [Fact]
    public async Task BackfillFailed_ParsesOnlyIssuesWhoseLastOutcomeFailed()
    {
        using var ws = FourIssues();
        Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);
        Execute(ws, "UPDATE run_documents SET outcome = 'failed', error = 'the disk was full' WHERE source_uri = 'seeds/copy-1.txt'");

        var result = await ws.RunAsync("backfill", "--failed");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var db = ws.OpenDatabase();
        Assert.Equal(1L, db.ExecuteScalar<long>("SELECT stored FROM runs WHERE run_id = 2"));
        Assert.Equal("seeds/copy-1.txt", db.ExecuteScalar<string>("SELECT source_uri FROM run_documents WHERE run_id = 2 AND outcome = 'replaced'"));
    }

    private static Workspace FourIssues()
    {
        var ws = new Workspace();
        Assert.Equal(4, ws.AddSeedCopies(3));
        return ws;
    }

    private static string LatestSnapshotId(Workspace ws) => Path.GetFileName(SnapshotAssert.LatestFolder(ws.OutputPath));

    private static void Execute(Workspace ws, string sql)
    {
        using var db = new SqliteConnection($"Data Source={ws.DatabasePath};Pooling=False");
        db.Execute(sql);
    }
}
