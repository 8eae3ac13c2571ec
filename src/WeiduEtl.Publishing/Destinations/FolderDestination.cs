using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Publishing.Destinations;

/// <summary>
/// Snapshots in a local folder: staged in a hidden <c>snapshots/.tmp-*</c> folder, made visible by one rename,
/// then latest.json replaced by another. Readers keep open handles on pruned files, so no grace period is needed.
/// </summary>
internal sealed class FolderDestination(string output, ILogger logger) : ISnapshotDestination
{
    private const string TemporaryPrefix = ".tmp-";

    private string Snapshots => Path.Combine(output, SnapshotLayout.SnapshotsFolder);

    public string Description => output;

    public bool KeepsPreviousFiles => true;

    public SnapshotInfo? ReadLatest() => LatestPointer.Read(output);

    public Task CleanAbandonedAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Snapshots);
        foreach (var folder in Directory.GetDirectories(Snapshots, TemporaryPrefix + "*"))
        {
            logger.LogWarning("Removing {Folder} left by an interrupted publish", folder);
            TryDelete(folder);
        }
        return Task.CompletedTask;
    }

    public Task<bool> ExistsAsync(string snapshotId, CancellationToken cancellationToken) =>
        Task.FromResult(Directory.Exists(Path.Combine(Snapshots, snapshotId)));

    public string CreateStaging(string snapshotId) =>
        Directory.CreateDirectory(Path.Combine(Snapshots, $"{TemporaryPrefix}{snapshotId}-{Guid.NewGuid():N}")).FullName;

    public Task<string?> LocalCopyAsync(SnapshotInfo snapshot, string scratch, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(output, snapshot.Path);
        return Task.FromResult(Directory.Exists(folder) ? folder : null);
    }

    public Task CommitAsync(string staging, string snapshotId, CancellationToken cancellationToken)
    {
        Directory.Move(staging, Path.Combine(Snapshots, snapshotId));
        return Task.CompletedTask;
    }

    public Task PointLatestAsync(SnapshotInfo snapshot, CancellationToken cancellationToken) =>
        LatestPointer.WriteAsync(output, snapshot, cancellationToken);

    public Task PruneAsync(int keep, string latestId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = Directory.GetDirectories(Snapshots).Select(Path.GetFileName).OfType<string>().Where(name => !name.StartsWith('.'));
        foreach (var id in RetentionPlan.ToDelete(ids, latestId, keep, now, TimeSpan.Zero))
        {
            logger.LogInformation("Removing snapshot {SnapshotId}: more than {Keep} kept", id, keep);
            TryDelete(Path.Combine(Snapshots, id));
        }
        return Task.CompletedTask;
    }

    public void Discard(string staging) => TryDelete(staging);

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a folder still open elsewhere is removed on the next publish.
        }
    }
}
