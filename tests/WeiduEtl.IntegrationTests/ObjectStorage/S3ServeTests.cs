using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using WeiduEtl.IntegrationTests.Serving;
using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests.ObjectStorage;

/// <summary><c>serve</c> of a pipeline whose output is on S3: streamed from the bucket with the ETag, Range and 304 a folder gets.</summary>
public sealed class S3ServeTests
{
    private static readonly string[] Files = ["articles.csv", "issues.json", "datapackage.json", "articles.json"];

    private sealed record Download(string SnapshotId, string File, string Sha256, string? ETag);

    [Fact]
    public async Task Serve_OutputOnS3_AnswersWithETagRangeAnd304LikeAFolder()
    {
        await using var s3 = await S3rverServer.StartAsync();
        using var ws = new S3Workspace(s3, graceSeconds: 600);
        Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);
        await using var server = await ServeProcess.StartAsync(ws.Files, S3rverServer.AddCredentials);
        var mirror = await ws.MirrorAsync();
        var latestId = await ws.LatestIdAsync();
        var expected = await File.ReadAllBytesAsync(Path.Combine(mirror, "snapshots", latestId, "articles.csv"));
        var sha = Convert.ToHexStringLower(SHA256.HashData(expected));

        using var full = await server.Client.GetAsync("/datasets/weidu/latest/articles.csv");
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal(expected, await full.Content.ReadAsByteArrayAsync());
        Assert.Equal($"\"{sha}\"", full.Headers.ETag?.Tag);
        Assert.Equal(latestId, full.Headers.GetValues("X-Snapshot-Id").Single());
        Assert.Equal("text/csv", full.Content.Headers.ContentType?.MediaType);

        using var unchanged = new HttpRequestMessage(HttpMethod.Get, "/datasets/weidu/latest/articles.csv");
        unchanged.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{sha}\""));
        using var notModified = await server.Client.SendAsync(unchanged);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var ranged = new HttpRequestMessage(HttpMethod.Get, $"/datasets/weidu/snapshots/{latestId}/articles.csv");
        ranged.Headers.Range = new RangeHeaderValue(100, 1099);
        using var partial = await server.Client.SendAsync(ranged);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(expected[100..1100], await partial.Content.ReadAsByteArrayAsync());
        Assert.Equal(expected.Length, partial.Content.Headers.ContentRange?.Length);

        using var pointer = await server.Client.GetAsync("/datasets/weidu/latest.json");
        Assert.Equal(HttpStatusCode.OK, pointer.StatusCode);
        Assert.Equal(latestId, JsonDocument.Parse(await pointer.Content.ReadAsStringAsync()).RootElement.GetProperty("snapshot_id").GetString());
        using var missing = await server.Client.GetAsync($"/datasets/weidu/snapshots/{latestId}/no-such.csv");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var traversal = await server.Client.GetAsync($"/datasets/weidu/snapshots/{latestId}/..%2Flatest.json");
        Assert.True(traversal.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, traversal.StatusCode.ToString());
        using var catalogue = await server.Client.GetAsync("/datasets/weidu");
        Assert.Contains(latestId, await catalogue.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_LatestJsonReadTornWhilePublishOverwritesIt_ReadsItAgainAndServesTheFile()
    {
        await using var s3 = await S3rverServer.StartAsync();
        using var ws = new S3Workspace(s3, graceSeconds: 600);
        Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);
        var torn = 0;
        await using var proxy = new S3FaultProxy(s3.Port, (method, path) =>
            method == "GET" && path.Contains("latest.json", StringComparison.Ordinal) && Interlocked.Increment(ref torn) is var n && n <= 2
                ? (n == 1 ? ProxyFault.Torn : ProxyFault.TornETag) : ProxyFault.None);
        ws.WriteConfig(proxy.ServiceUrl, graceSeconds: 600);
        await using var server = await ServeProcess.StartAsync(ws.Files, S3rverServer.AddCredentials);

        using var response = await server.Client.GetAsync("/datasets/weidu/latest/articles.csv");

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}\n{string.Join("\n", proxy.Log)}\n--- serve ---\n{server.Log}");
        Assert.Equal(await ws.LatestIdAsync(), response.Headers.GetValues("X-Snapshot-Id").Single());
        Assert.Single(proxy.Log, l => l.EndsWith("Torn", StringComparison.Ordinal));
        Assert.Single(proxy.Log, l => l.EndsWith("TornETag", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Serve_ObjectStorageDownForGood_AnswersADownloadWith503SayingWhyAndWhenToAskAgain()
    {
        await using var s3 = await S3rverServer.StartAsync();
        using var ws = new S3Workspace(s3, graceSeconds: 600);
        Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);
        await using var proxy = new S3FaultProxy(s3.Port, (_, _) => ProxyFault.SlowDown);
        ws.WriteConfig(proxy.ServiceUrl, graceSeconds: 600);
        await using var server = await ServeProcess.StartAsync(ws.Files, S3rverServer.AddCredentials);

        using var response = await server.Client.GetAsync("/datasets/weidu/latest/articles.csv");

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode} {body}\n--- serve ---\n{server.Log}");
        Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter?.Delta);
        var error = JsonDocument.Parse(body).RootElement.GetProperty("error").GetString();
        Assert.Contains("object storage is unavailable", error, StringComparison.Ordinal);
        Assert.Contains("503 SlowDown", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_FiftyConcurrentDownloadsWhileASnapshotIsPublished_EachBodyMatchesTheSnapshotItsHeadersName()
    {
        await using var s3 = await S3rverServer.StartAsync();
        using var ws = new S3Workspace(s3, graceSeconds: 600);
        Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);
        await using var server = await ServeProcess.StartAsync(ws.Files, S3rverServer.AddCredentials);
        ws.Files.AddSeedCopies(2);

        using var stop = new CancellationTokenSource();
        var got = new ConcurrentBag<Download>();
        var downloaders = Enumerable.Range(0, 50).Select(i => DownloadUntilAsync(server.Client, i, got, stop.Token)).ToList();
        ProcessResult run;
        try
        {
            run = await ws.RunAsync("run");
        }
        finally
        {
            // Every downloader finishes its current round, and makes at least one more after the publish.
            await Task.Delay(TimeSpan.FromMilliseconds(300));
            await stop.CancelAsync();
        }
        try
        {
            await Task.WhenAll(downloaders);
        }
        catch (Exception ex) when (ex is Xunit.Sdk.XunitException or HttpRequestException)
        {
            Assert.Fail($"{ex.Message}\n--- serve ---\n{server.Log}");
        }

        Assert.True(run.ExitCode == 0, run.ToString());
        var mirror = await ws.MirrorAsync();
        var snapshots = await ws.SnapshotIdsAsync();
        Assert.Equal(2, snapshots.Length);
        Assert.True(got.Count >= 100, $"{got.Count} downloads");
        foreach (var download in got)
        {
            Assert.Contains(download.SnapshotId, snapshots);
            var file = Path.Combine(mirror, "snapshots", download.SnapshotId, download.File);
            Assert.True(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file))) == download.Sha256,
                $"{download.File} said to come from {download.SnapshotId} does not match it");
            if (download.File != "datapackage.json")
            {
                Assert.Equal($"\"{download.Sha256}\"", download.ETag);
            }
        }
        Assert.Contains(got, d => d.SnapshotId == snapshots[0]);
        Assert.Contains(got, d => d.SnapshotId == snapshots[^1]);
    }

    private static async Task DownloadUntilAsync(HttpClient client, int worker, ConcurrentBag<Download> got, CancellationToken stop)
    {
        for (var i = worker; ; i++)
        {
            var last = stop.IsCancellationRequested;
            var file = Files[i % Files.Length];
            using var response = await client.GetAsync($"/datasets/weidu/latest/{file}", CancellationToken.None);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(CancellationToken.None)}");
            var body = await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
            got.Add(new Download(response.Headers.GetValues("X-Snapshot-Id").Single(), file,
                Convert.ToHexStringLower(SHA256.HashData(body)), response.Headers.ETag?.ToString()));
            if (last)
            {
                return;
            }
        }
    }
}
