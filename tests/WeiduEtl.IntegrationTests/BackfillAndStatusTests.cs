using Dapper;
using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests;

public sealed class BackfillAndStatusTests
{
    [Fact]
    public async Task BackfillDryRun_ListsStoredIssuesAndChangesNothing()
    {
        using var ws = new Workspace();
        Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);
        var snapshots = ws.SnapshotIds();

        var result = await ws.RunAsync("backfill", "--all", "--reparse", "--dry-run");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1 issues selected, 1 would be parsed again", result.Stdout);
        Assert.Contains("seeds/000_7dfebf5249f9bebd.txt", result.Stdout);
        Assert.Equal(snapshots, ws.SnapshotIds());
        Assert.Equal(1L, ws.Count("runs"));
    }

    [Fact]
    public async Task BackfillReparse_ParsesStoredSourcesAgainAndPublishes()
    {
        using var ws = new Workspace();
        Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);
        File.Delete(Directory.GetFiles(ws.Seeds).Single());

        var result = await ws.RunAsync("backfill", "--all", "--reparse");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1 stored", result.Stdout);
        Assert.Equal(2, ws.SnapshotIds().Length);
        using var db = ws.OpenDatabase();
        Assert.Equal("backfill", db.ExecuteScalar<string>("SELECT trigger FROM runs ORDER BY run_id DESC LIMIT 1"));
        Assert.True(ws.Count("articles") >= 1);
    }

    [Fact]
    public async Task Backfill_WithoutSelection_ExitsTwo()
    {
        using var ws = new Workspace();

        var result = await ws.RunAsync("backfill");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--all", result.Stderr);
    }

    [Fact]
    public async Task Status_AfterRuns_ShowsRunsCountsAndFailures()
    {
        using var ws = new Workspace();
        Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);
        File.WriteAllBytes(Path.Combine(ws.Seeds, "empty.txt"), []);
        Assert.Equal(1, (await ws.RunAsync("run")).ExitCode);

        var result = await ws.RunAsync("status");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("run 2 run", result.Stdout);
        Assert.Contains("partial", result.Stdout);
        Assert.Contains("FAILED seeds/empty.txt", result.Stdout);
        Assert.Contains("latest snapshot:", result.Stdout);
    }

    [Fact]
    public async Task Publish_WithoutFetching_WritesNewSnapshotOfTheDatabase()
    {
        using var ws = new Workspace();
        Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);

        var result = await ws.RunAsync("publish");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, ws.SnapshotIds().Length);
        var snapshots = ws.SnapshotIds();
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(ws.OutputPath, "snapshots", snapshots[0], "articles.csv")),
            File.ReadAllBytes(Path.Combine(ws.OutputPath, "snapshots", snapshots[1], "articles.csv")));
    }
}
