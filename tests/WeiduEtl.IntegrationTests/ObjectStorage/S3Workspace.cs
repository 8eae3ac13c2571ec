using System.Diagnostics;
using System.Text.Json;
using Amazon.S3;
using Amazon.S3.Model;
using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests.ObjectStorage;

/// <summary>A <see cref="Workspace"/> whose pipeline publishes to s3://weidu/datasets/weidu on a test's s3rver (or a proxy in front of it).</summary>
public sealed class S3Workspace : IDisposable
{
    public const string Prefix = "datasets/weidu";

    private readonly S3rverServer _server;

    public S3Workspace(S3rverServer server, string? serviceUrl = null, int graceSeconds = 0, int keepSnapshots = 3)
    {
        _server = server;
        Files = new Workspace();
        WriteConfig(serviceUrl ?? server.ServiceUrl, graceSeconds, keepSnapshots);
    }

    public Workspace Files { get; }

    public void WriteConfig(string serviceUrl, int graceSeconds = 0, int keepSnapshots = 3) =>
        File.WriteAllText(Files.ConfigPath, $$"""
            {
              "s3": { "serviceUrl": "{{serviceUrl}}", "region": "us-east-1", "forcePathStyle": true, "retentionGraceSeconds": {{graceSeconds}} },
              "pipelines": [
                {
                  "name": "weidu",
                  "publication": "许昌日报",
                  "pageLabel": "魏都区",
                  "source": { "type": "folder", "path": "seeds", "include": ["*.txt", "*.pdf"] },
                  "database": "data/weidu.db",
                  "output": "s3://{{S3rverServer.Bucket}}/{{Prefix}}",
                  "keepSnapshots": {{keepSnapshots}}
                }
              ]
            }
            """);

    public ProcessStartInfo StartInfo(params string[] args)
    {
        var info = WeiduProcess.StartInfo(Files.Root, [.. args, "--config", Files.ConfigPath]);
        S3rverServer.AddCredentials(info);
        return info;
    }

    public async Task<ProcessResult> RunAsync(params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>latest.json as stored in the bucket; null when there is none.</summary>
    public async Task<JsonElement?> LatestAsync()
    {
        using var client = _server.Client();
        try
        {
            using var response = await client.GetObjectAsync(S3rverServer.Bucket, $"{Prefix}/latest.json");
            return (await JsonDocument.ParseAsync(response.ResponseStream)).RootElement.Clone();
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<string> LatestIdAsync() => (await LatestAsync())?.GetProperty("snapshot_id").GetString() ?? "(none)";

    /// <summary>The snapshot ids that have objects in the bucket, in order.</summary>
    public async Task<string[]> SnapshotIdsAsync()
    {
        using var client = _server.Client();
        var response = await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = S3rverServer.Bucket, Prefix = $"{Prefix}/snapshots/", Delimiter = "/" });
        return [.. (response.CommonPrefixes ?? []).Select(p => p.TrimEnd('/').Split('/')[^1]).Order(StringComparer.Ordinal)];
    }

    /// <summary>Downloads every object under the prefix into a local folder laid out as the folder output, for <see cref="SnapshotAssert"/>.</summary>
    public async Task<string> MirrorAsync()
    {
        var folder = Path.Combine(Files.Root, "mirror-" + Guid.NewGuid().ToString("N"));
        using var client = _server.Client();
        string? token = null;
        do
        {
            var page = await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = S3rverServer.Bucket, Prefix = Prefix + "/", ContinuationToken = token });
            foreach (var item in page.S3Objects ?? [])
            {
                var local = Path.Combine(folder, item.Key[(Prefix.Length + 1)..]);
                Directory.CreateDirectory(Path.GetDirectoryName(local)!);
                using var response = await client.GetObjectAsync(S3rverServer.Bucket, item.Key);
                await using var file = File.Create(local);
                await response.ResponseStream.CopyToAsync(file);
            }
            token = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (token is not null);
        return folder;
    }

    public void Dispose() => Files.Dispose();
}
