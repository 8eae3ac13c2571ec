using Dapper;
using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests;

public sealed class RunVerbTests
{
    [Fact]
    public async Task Run_OnSeeds_StoresIssuesAndPublishesCompleteSnapshot()
    {
        using var ws = new Workspace();

        var result = await ws.RunAsync("run");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1 stored", result.Stdout);
        Assert.Equal(Directory.GetFiles(ws.Seeds).Length, ws.Count("issues"));
        Assert.True(ws.Count("articles") >= 1);
        var snapshot = SnapshotAssert.LatestFolder(ws.OutputPath);
        SnapshotAssert.IsComplete(snapshot);
        var issue = Assert.Single(SnapshotAssert.Rows(snapshot, "issues"));
        Assert.Equal("许昌日报", issue.GetProperty("publication").GetString());
        Assert.Equal("seeds/000_7dfebf5249f9bebd.txt", issue.GetProperty("source_uri").GetString());
        var latest = SnapshotAssert.LatestPointer(ws.OutputPath);
        Assert.Equal(ws.Count("articles"), latest.GetProperty("tables").GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task Run_SecondTimeWithNothingNew_StoresNothingAndPublishesNoSnapshot()
    {
        using var ws = new Workspace();
        Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);
        var before = ws.SnapshotIds();

        var second = await ws.RunAsync("run");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("0 stored", second.Stdout);
        Assert.Contains("no new snapshot", second.Stdout);
        Assert.Equal(before, ws.SnapshotIds());
        using var db = ws.OpenDatabase();
        Assert.Equal(2L, db.ExecuteScalar<long>("SELECT COUNT(*) FROM runs"));
        Assert.Equal("unchanged", db.ExecuteScalar<string>("SELECT outcome FROM run_documents WHERE run_id = 2"));
    }

    [Fact]
    public async Task Run_ChangedFile_ReplacesThatIssuesRowsUnderTheSameId()
    {
        using var ws = new Workspace();
        Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);
        string IssueId()
        {
            using var db = ws.OpenDatabase();
            return db.ExecuteScalar<string>("SELECT issue_id FROM issues")!;
        }
        var idBefore = IssueId();
        var seed = Directory.GetFiles(ws.Seeds).Single();
        File.AppendAllText(seed, "\n\n本报讯（记者 王远）更正：昨日报道中的数字有误。\n");

        var result = await ws.RunAsync("run");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(1L, ws.Count("issues"));
        Assert.Equal(idBefore, IssueId());
        using var db = ws.OpenDatabase();
        Assert.Equal("replaced", db.ExecuteScalar<string>("SELECT outcome FROM run_documents ORDER BY id DESC LIMIT 1"));
        Assert.Equal(2, ws.SnapshotIds().Length);
    }

    [Fact]
    public async Task RunDryRun_ListsFilesAndWritesNothing()
    {
        using var ws = new Workspace();

        var result = await ws.RunAsync("run", "--dry-run");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("read seeds/000_7dfebf5249f9bebd.txt", result.Stdout);
        Assert.False(File.Exists(ws.DatabasePath));
        Assert.Empty(ws.SnapshotIds());
    }

    [Fact]
    public async Task Run_WhileAnotherProcessHoldsThePipeline_ExitsBusyAndStoresNothing()
    {
        using var ws = new Workspace();
        Directory.CreateDirectory(ws.OutputPath);
        using var held = new FileStream(Path.Combine(ws.OutputPath, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var result = await ws.RunAsync("run");

        Assert.True(result.ExitCode == 75, result.ToString());
        Assert.Contains("another pass is running", result.Stderr);
        Assert.Empty(ws.SnapshotIds());
    }
}
