using Dapper;
using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests.Faults;

/// <summary>The output folder's disk fills part way through a snapshot.</summary>
public sealed class FullDiskTests
{
    [TmpfsFact]
    public async Task Publish_DiskFillsMidSnapshot_SaysSoKeepsThePreviousLatestAndSucceedsOnceSpaceIsBack()
    {
        using var ws = new Workspace();
        ws.AddSeedCopies(20);
        using var disk = new SmallTmpfs(16 * 1024 * 1024);
        var output = Path.Combine(disk.Path, "weidu");
        File.WriteAllText(ws.ConfigPath, File.ReadAllText(ws.ConfigPath).Replace("\"output\": \"data/weidu\"", $"\"output\": \"{output}\"", StringComparison.Ordinal));
        Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);
        var first = SnapshotAssert.LatestPointer(output).GetProperty("snapshot_id").GetString();
        var snapshotBytes = disk.Used;
        // Room for about half of the next snapshot.
        disk.Resize(disk.Used + (snapshotBytes / 2));

        var full = await ws.RunAsync("publish");

        Assert.True(full.ExitCode == 1, full.ToString());
        Assert.Contains("No space left on device", full.Stderr, StringComparison.Ordinal);
        Assert.Contains($"snapshot {first} is still the latest", full.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", full.Stderr, StringComparison.Ordinal);
        Assert.Equal(first, SnapshotAssert.LatestPointer(output).GetProperty("snapshot_id").GetString());
        SnapshotAssert.IsComplete(SnapshotAssert.LatestFolder(output));
        Assert.Single(Directory.GetDirectories(Path.Combine(output, "snapshots")));
        using (var db = ws.OpenDatabase())
        {
            Assert.Equal("failed", db.ExecuteScalar<string>("SELECT status FROM runs ORDER BY run_id DESC LIMIT 1"));
        }

        disk.Resize(16 * 1024 * 1024);
        var again = await ws.RunAsync("publish");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.NotEqual(first, SnapshotAssert.LatestPointer(output).GetProperty("snapshot_id").GetString());
        SnapshotAssert.IsComplete(SnapshotAssert.LatestFolder(output));
    }
}
