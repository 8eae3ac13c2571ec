using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Ports;
using WeiduEtl.ObjectStorage;
using WeiduEtl.Publishing.Changes;

namespace WeiduEtl.Publishing.Destinations;

/// <summary>
/// Snapshots under an <c>s3://bucket/prefix</c>, in the folder layout. Object storage has no rename: a snapshot's
/// files are uploaded under a new <c>snapshots/&lt;id&gt;/</c> prefix that nothing points at yet, datapackage.json
/// last (a prefix without it is unfinished), then latest.json is PUT, which readers see all at once. Deleted
/// objects are gone for a reader mid-download, so retention keeps superseded snapshots for a grace period.
/// </summary>
internal sealed class S3Destination(ObjectStore store, string localFolder, TimeSpan grace, ILogger logger) : ISnapshotDestination
{
    /// <summary>Snapshot objects never change once written: CDNs and browsers may cache them for good.</summary>
    private const string Immutable = "public, max-age=31536000, immutable";
    private const int ParallelUploads = 4;

    private string StagingRoot => Path.Combine(localFolder, "staging");

    public string Description => store.Location.ToString();

    // The change feed downloads the previous tables' JSON files; month partitions would mean every file, every publish.
    public bool KeepsPreviousFiles => false;

    // The port is synchronous (it is read on the pass's thread, never a request's); the store's call is async.
    public SnapshotInfo? ReadLatest() =>
        store.ReadAsync(LatestPointer.FileName, CancellationToken.None).GetAwaiter().GetResult() is { } bytes ? LatestPointer.Parse(bytes) : null;

    public Task CleanAbandonedAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(StagingRoot))
        {
            foreach (var folder in Directory.GetDirectories(StagingRoot))
            {
                logger.LogWarning("Removing {Folder} left by an interrupted publish", folder);
                Discard(folder);
            }
        }
        return Task.CompletedTask;
    }

    public async Task<bool> ExistsAsync(string snapshotId, CancellationToken cancellationToken) =>
        (await store.ListAsync(Relative(snapshotId, ""), cancellationToken)).Count > 0;

    public string CreateStaging(string snapshotId) =>
        Directory.CreateDirectory(Path.Combine(StagingRoot, $"{snapshotId}-{Guid.NewGuid():N}")).FullName;

    public async Task<string?> LocalCopyAsync(SnapshotInfo snapshot, string scratch, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(scratch, snapshot.SnapshotId);
        var found = false;
        foreach (var table in ChangeFeedWriter.Tables)
        {
            var name = $"{table.Name}.json";
            found |= await store.DownloadAsync(Relative(snapshot.SnapshotId, name), Path.Combine(folder, name), cancellationToken);
        }
        return found ? folder : null;
    }

    public async Task CommitAsync(string staging, string snapshotId, CancellationToken cancellationToken)
    {
        var files = Directory.GetFiles(staging, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(staging, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(relative => relative != SnapshotLayout.Manifest)
            .Order(StringComparer.Ordinal)
            .ToList();
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = ParallelUploads, CancellationToken = cancellationToken }, (relative, ct) =>
            new ValueTask(Upload(relative, ct)));
        cancellationToken.ThrowIfCancellationRequested();
        await Upload(SnapshotLayout.Manifest, cancellationToken);
        logger.LogInformation("Uploaded snapshot {SnapshotId} to {Location}: {Files} files", snapshotId, store.Describe(Relative(snapshotId, "")), files.Count + 1);

        Task Upload(string relative, CancellationToken ct) =>
            store.UploadAsync(Relative(snapshotId, relative), Path.Combine(staging, relative), SnapshotLayout.MediaType(relative), Immutable, ct);
    }

    public Task PointLatestAsync(SnapshotInfo snapshot, CancellationToken cancellationToken) =>
        store.WriteAsync(LatestPointer.FileName, LatestPointer.Serialize(snapshot), "application/json; charset=utf-8", "no-cache", cancellationToken);

    public async Task PruneAsync(int keep, string latestId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var complete = new List<string>();
        foreach (var id in await store.ListFoldersAsync($"{SnapshotLayout.SnapshotsFolder}/", cancellationToken))
        {
            if (id == latestId || await store.HeadAsync(Relative(id, SnapshotLayout.Manifest), cancellationToken) is not null)
            {
                complete.Add(id);
            }
            else if (RetentionPlan.CreatedAt(id) is { } started && now - started >= grace)
            {
                // Unfinished and old enough that no publish is still uploading it: a killed publish's leftovers.
                logger.LogWarning("Removing unfinished snapshot {SnapshotId} left by an interrupted publish", id);
                await DeleteSnapshotAsync(id, cancellationToken);
            }
        }
        foreach (var id in RetentionPlan.ToDelete(complete, latestId, keep, now, grace))
        {
            logger.LogInformation("Removing snapshot {SnapshotId}: more than {Keep} kept and superseded over {Grace} s ago", id, keep, (int)grace.TotalSeconds);
            await DeleteSnapshotAsync(id, cancellationToken);
        }
    }

    public void Discard(string staging)
    {
        try
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: removed by the next publish's clean-up.
        }
    }

    /// <summary>datapackage.json first, so a half-deleted snapshot reads as unfinished, never as complete with holes.</summary>
    private async Task DeleteSnapshotAsync(string id, CancellationToken cancellationToken)
    {
        var keys = await store.ListAsync(Relative(id, ""), cancellationToken);
        var manifest = Relative(id, SnapshotLayout.Manifest);
        await store.DeleteAsync(keys.Where(k => k == manifest), cancellationToken);
        await store.DeleteAsync(keys.Where(k => k != manifest), cancellationToken);
    }

    private static string Relative(string snapshotId, string file) => $"{SnapshotLayout.SnapshotsFolder}/{snapshotId}/{file}";
}
