using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests.Serving;

public sealed class ServePublishWhileDownloadingTests
{
    private static readonly string[] Files = ["articles.csv", "issues.json", "datapackage.json"];
    private static readonly TimeSpan DownloadPace = TimeSpan.FromMilliseconds(5);

    private sealed record Download(string SnapshotId, string File, string Sha256, string? ETag);

    [Fact]
    public async Task LatestDownloads_WhileRunAndPublishMakeNewSnapshots_EachFileMatchesTheCompleteSnapshotItCameFrom()
    {
        using var ws = new Workspace();
        Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);
        await using var server = await ServeProcess.StartAsync(ws);
        File.WriteAllText(Path.Combine(ws.Seeds, "second.txt"),
            "第2版\n\n城西社区\n\n社区举办邻里节\n\n本报讯（记者 李明）9月3日，城西社区举办邻里节，300余名居民参加。\n");

        var last = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var downloads = DownloadLatestAsync(server.Client, last.Task);
        ProcessResult run, publish;
        try
        {
            run = await ws.RunAsync("run");
            publish = await ws.RunAsync("publish");
        }
        finally
        {
            // Downloads go on until one comes from the newest snapshot: a fixed few hundred milliseconds were too few for a
            // serve process still compiling its code on a loaded machine.
            last.TrySetResult(ws.SnapshotIds() is [.., var newest] ? newest : null);
        }
        var got = await downloads;

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(publish.ExitCode == 0, publish.ToString());
        var snapshots = ws.SnapshotIds();
        Assert.Equal(3, snapshots.Length);
        Assert.NotEmpty(got);
        foreach (var download in got)
        {
            Assert.Contains(download.SnapshotId, snapshots);
            var folder = Path.Combine(ws.OutputPath, "snapshots", download.SnapshotId);
            var expected = download.File == "datapackage.json"
                ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, download.File))))
                : Listed(folder, download.File);
            Assert.True(expected == download.Sha256, $"{download.File} said to come from {download.SnapshotId} does not match it");
            Assert.Equal($"\"{download.Sha256}\"", download.ETag);
        }
        var seen = got.Select(d => d.SnapshotId).Distinct().ToList();
        Assert.Contains(snapshots[0], seen);
        Assert.Contains(snapshots[^1], seen);
    }

    private static string Listed(string snapshotFolder, string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(snapshotFolder, "datapackage.json"))).RootElement.GetProperty("resources")
            .EnumerateArray().Single(r => r.GetProperty("path").GetString() == file).GetProperty("hash").GetString()!["sha256:".Length..];

    /// <summary>
    /// Downloads latest files in a loop, one every few milliseconds, until one of the three files comes from the snapshot
    /// <paramref name="last"/> names once it is known (or at once if it names none), or for two minutes. A cap by count
    /// ran out before a run on a loaded machine made its snapshot, so the newest was never downloaded.
    /// </summary>
    private static async Task<List<Download>> DownloadLatestAsync(HttpClient client, Task<string?> last)
    {
        var got = new List<Download>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed < TimeSpan.FromMinutes(2); i++)
        {
            if (last.IsCompleted && (await last is not { } newest || got.Any(d => d.SnapshotId == newest)))
            {
                break;
            }
            await Task.Delay(DownloadPace, CancellationToken.None);
            var file = Files[i % Files.Length];
            using var response = await client.GetAsync($"/datasets/weidu/latest/{file}", CancellationToken.None);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(CancellationToken.None)}");
            var body = await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
            got.Add(new Download(response.Headers.GetValues("X-Snapshot-Id").Single(), file,
                Convert.ToHexStringLower(SHA256.HashData(body)), response.Headers.ETag?.ToString()));
        }
        return got;
    }
}
