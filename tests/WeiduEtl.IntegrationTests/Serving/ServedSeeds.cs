using WeiduEtl.IntegrationTests.Support;
using WeiduEtl.Publishing.Changes;

namespace WeiduEtl.IntegrationTests.Serving;

/// <summary>
/// One workspace shared by the serving tests that only read: two snapshots made from the seeds by two
/// runs (the second after a correction to the page), a bad document whose name carries markup, links
/// planted inside the latest snapshot, and <c>serve</c> running over it all.
/// </summary>
public sealed class ServedSeeds : IAsyncLifetime
{
    public const string BadDocument = "空白<img src=x onerror=alert(1)>.txt";

    public Workspace Workspace { get; } = new();
    public ServeProcess Server { get; private set; } = null!;
    public string PreviousId { get; private set; } = "";
    public string LatestId { get; private set; } = "";
    public string PreviousFolder => Path.Combine(Workspace.OutputPath, "snapshots", PreviousId);
    public string LatestFolder => Path.Combine(Workspace.OutputPath, "snapshots", LatestId);

    public async Task InitializeAsync()
    {
        // Empty: recorded as failed with its name, which the page must show encoded.
        File.WriteAllText(Path.Combine(Workspace.Seeds, BadDocument), "");
        var first = await Workspace.RunAsync("run");
        Assert.True(first.ExitCode == 1, first.ToString());
        var seed = Directory.GetFiles(Workspace.Seeds).Single(f => !f.EndsWith(BadDocument, StringComparison.Ordinal));
        File.AppendAllText(seed, "\n\n本报讯（记者 王远）更正：昨日报道中的数字有误。\n");
        var second = await Workspace.RunAsync("run");
        Assert.True(second.ExitCode == 1, second.ToString());
        var ids = Workspace.SnapshotIds();
        Assert.True(ids.Length == 2, string.Join(", ", ids));
        (PreviousId, LatestId) = (ids[0], ids[1]);
        if (!File.Exists(Path.Combine(LatestFolder, ChangeFeedWriter.FileName)))
        {
            // Until the publisher writes the feed itself, make the one it will write.
            await ChangeFeedWriter.WriteAsync(LatestFolder, PreviousFolder, default);
        }
        PlantLinks();
        Server = await ServeProcess.StartAsync(Workspace);
    }

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
        Workspace.Dispose();
    }

    /// <summary>Links out of the snapshot (each must answer 404) and one inside it (served).</summary>
    private void PlantLinks()
    {
        File.CreateSymbolicLink(Path.Combine(LatestFolder, "leak.txt"), Workspace.ConfigPath);
        File.CreateSymbolicLink(Path.Combine(LatestFolder, "leak-db.csv"), Workspace.DatabasePath);
        File.CreateSymbolicLink(Path.Combine(LatestFolder, "passwd.csv"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(LatestFolder, "relative.json"), "../../../../pipelines.json");
        File.CreateSymbolicLink(Path.Combine(LatestFolder, "other-snapshot.csv"), Path.Combine(PreviousFolder, "issues.csv"));
        Directory.CreateSymbolicLink(Path.Combine(LatestFolder, "images-out"), Workspace.Root);
        Directory.CreateSymbolicLink(Path.Combine(Workspace.OutputPath, "snapshots", "20990101T000000Z"), Workspace.Root);
        File.CreateSymbolicLink(Path.Combine(LatestFolder, "inside.csv"), "issues.csv");
    }
}
