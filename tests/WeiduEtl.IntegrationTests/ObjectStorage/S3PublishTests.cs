using System.Diagnostics;
using System.Security.Cryptography;
using Dapper;
using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests.ObjectStorage;

/// <summary>The real CLI publishing to a real S3-compatible server (s3rver) on 127.0.0.1.</summary>
public sealed class S3PublishTests
{
    [Fact]
    public async Task Run_OutputOnS3_PublishesCompleteSnapshotsAndNoLocalDatasetFolder()
    {
        await using var s3 = await S3rverServer.StartAsync();
        using var ws = new S3Workspace(s3);

        var first = await ws.RunAsync("run");
        Assert.True(first.ExitCode == 0, first.ToString());
        var firstId = await ws.LatestIdAsync();
        ws.Files.AddSeedCopies(1);
        var second = await ws.RunAsync("run");
        Assert.True(second.ExitCode == 0, second.ToString());

        var mirror = await ws.MirrorAsync();
        var latest = SnapshotAssert.LatestPointer(mirror);
        Assert.NotEqual(firstId, latest.GetProperty("snapshot_id").GetString());
        SnapshotAssert.IsComplete(SnapshotAssert.LatestFolder(mirror));
        SnapshotAssert.IsComplete(Path.Combine(mirror, "snapshots", firstId));
        Assert.Equal(ws.Files.Count("issues"), SnapshotAssert.Rows(SnapshotAssert.LatestFolder(mirror), "issues").Count);
        var changes = File.ReadAllText(Path.Combine(SnapshotAssert.LatestFolder(mirror), "changes.json"));
        Assert.Contains($"\"previous_snapshot_id\": \"{firstId}\"", changes, StringComparison.Ordinal);
        Assert.False(Directory.Exists(ws.Files.OutputPath), "an S3 output writes no local dataset folder");
        Assert.False(Directory.Exists(Path.Combine(ws.Files.Root, "s3:")), "the s3:// URL is not taken for a relative path");
    }

    [Fact]
    public async Task Publish_KilledMidUpload_LeavesLatestOnPreviousSnapshotAndNextPublishCleansUp()
    {
        await using var s3 = await S3rverServer.StartAsync();
        using var ws = new S3Workspace(s3);
        Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);
        var before = await ws.LatestIdAsync();

        // The new snapshot's third upload never gets an answer; the process is killed while it waits.
        var puts = 0;
        await using (var proxy = new S3FaultProxy(s3.Port, (method, path) =>
            method == "PUT" && path.Contains("/snapshots/", StringComparison.Ordinal) && Interlocked.Increment(ref puts) == 3 ? ProxyFault.Hold : ProxyFault.None))
        {
            ws.WriteConfig(proxy.ServiceUrl);
            using var process = Process.Start(ws.StartInfo("publish"))!;
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            var held = await Task.WhenAny(proxy.Held, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(2)));
            Assert.True(held == proxy.Held, $"the publish never reached its third upload: {string.Join("\n", proxy.Log)}");
            // The first two uploads finish, so the bucket holds a real half-uploaded snapshot when the process dies.
            for (var i = 0; i < 600 && proxy.Answered.Count(a => a.StartsWith("PUT", StringComparison.Ordinal) && a.Contains("/snapshots/", StringComparison.Ordinal)) < 2; i++)
            {
                await Task.Delay(50);
            }
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.Equal(before, await ws.LatestIdAsync());
        var ids = await ws.SnapshotIdsAsync();
        Assert.True(ids.Length == 2, $"the killed publish left its unfinished prefix beside {before}: {string.Join(", ", ids)}");
        SnapshotAssert.IsComplete(SnapshotAssert.LatestFolder(await ws.MirrorAsync()));

        ws.WriteConfig(s3.ServiceUrl);
        var next = await ws.RunAsync("publish");
        Assert.True(next.ExitCode == 0, next.ToString());
        var after = await ws.LatestIdAsync();
        Assert.NotEqual(before, after);
        Assert.Equal([before, after], await ws.SnapshotIdsAsync());
        SnapshotAssert.IsComplete(SnapshotAssert.LatestFolder(await ws.MirrorAsync()));
    }

    [Fact]
    public async Task Run_ServiceThrottlingAndResettingForAWhile_RetriesAndPublishesVerifiedObjects()
    {
        await using var s3 = await S3rverServer.StartAsync();
        var seen = 0;
        // The first 12 requests fail, alternating 503 SlowDown and a dropped connection; then every fifth one fails.
        await using var proxy = new S3FaultProxy(s3.Port, (_, _) =>
        {
            var n = Interlocked.Increment(ref seen);
            return n <= 12 || n % 5 == 0 ? (n % 2 == 0 ? ProxyFault.SlowDown : ProxyFault.Reset) : ProxyFault.None;
        });
        using var ws = new S3Workspace(s3, proxy.ServiceUrl);

        var result = await ws.RunAsync("run");

        Assert.True(result.ExitCode == 0, $"{result}\n{string.Join("\n", proxy.Log)}");
        Assert.Contains(proxy.Log, l => l.EndsWith("SlowDown", StringComparison.Ordinal));
        Assert.Contains(proxy.Log, l => l.EndsWith("Reset", StringComparison.Ordinal));
        Assert.Contains("retrying", result.Stdout + result.Stderr, StringComparison.Ordinal);
        SnapshotAssert.IsComplete(SnapshotAssert.LatestFolder(await ws.MirrorAsync()));
    }

    [Fact]
    public async Task Run_ServiceDownForGood_FailsThePassAndTheLedgerSaysThePreviousSnapshotIsLatest()
    {
        await using var s3 = await S3rverServer.StartAsync();
        using var ws = new S3Workspace(s3);
        Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);
        var before = await ws.LatestIdAsync();
        ws.Files.AddSeedCopies(1);

        ProcessResult failed;
        await using (var proxy = new S3FaultProxy(s3.Port, (method, _) => method == "PUT" ? ProxyFault.SlowDown : ProxyFault.None))
        {
            ws.WriteConfig(proxy.ServiceUrl);
            failed = await ws.RunAsync("run");
            Assert.True(failed.ExitCode != 0, failed.ToString());
        }

        Assert.Equal(before, await ws.LatestIdAsync());
        using var db = ws.Files.OpenDatabase();
        var last = db.QuerySingle<(string Status, string? Error)>("SELECT status, message FROM runs ORDER BY run_id DESC LIMIT 1");
        Assert.True(last.Status == "failed", $"{last}\n{failed}");
        Assert.Contains($"snapshot {before} is still the latest", last.Error, StringComparison.Ordinal);
        Assert.Contains("503", last.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_PastKeepSnapshots_DeletesOnlySnapshotsSupersededLongerThanTheGracePeriod()
    {
        await using var s3 = await S3rverServer.StartAsync();
        using var ws = new S3Workspace(s3, graceSeconds: 3600, keepSnapshots: 2);
        for (var i = 0; i < 4; i++)
        {
            var publish = await ws.RunAsync("publish");
            Assert.True(publish.ExitCode == 0, publish.ToString());
        }
        // Every snapshot was superseded seconds ago: a reader may still be downloading any of them.
        Assert.Equal(4, (await ws.SnapshotIdsAsync()).Length);

        ws.WriteConfig(s3.ServiceUrl, graceSeconds: 0, keepSnapshots: 2);
        Assert.Equal(0, (await ws.RunAsync("publish")).ExitCode);

        var ids = await ws.SnapshotIdsAsync();
        var latest = await ws.LatestIdAsync();
        Assert.Equal(2, ids.Length);
        Assert.Contains(latest, ids);
        var mirror = await ws.MirrorAsync();
        foreach (var id in ids)
        {
            SnapshotAssert.IsComplete(Path.Combine(mirror, "snapshots", id));
        }
    }

    [Fact]
    public async Task Upload_FileLargerThanThePartSize_GoesInPartsAndReadsBackByteForByte()
    {
        await using var s3 = await S3rverServer.StartAsync();
        var parts = 0;
        await using var proxy = new S3FaultProxy(s3.Port, (method, path) =>
        {
            if (method == "PUT" && path.Contains("partNumber=", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref parts);
            }
            return ProxyFault.None;
        });
        var store = s3.Store("parts", partSize: 5 * 1024 * 1024, serviceUrl: proxy.ServiceUrl);
        var local = Path.Combine(Directory.CreateTempSubdirectory("weidu-parts-").FullName, "big.csv");
        var bytes = new byte[12 * 1024 * 1024 + 17];
        new Random(14).NextBytes(bytes);
        await File.WriteAllBytesAsync(local, bytes);

        await store.UploadAsync("big.csv", local, "text/csv", null, default);

        var head = await store.HeadAsync("big.csv", default);
        Assert.NotNull(head);
        Assert.Equal(3, parts);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), head.Sha256);
        var back = local + ".back";
        Assert.True(await store.DownloadAsync("big.csv", back, default));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(back));
        Directory.Delete(Path.GetDirectoryName(local)!, recursive: true);
    }
}
