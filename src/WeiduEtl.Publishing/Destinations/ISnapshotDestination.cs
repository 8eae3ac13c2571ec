using WeiduEtl.Core.Ports;

namespace WeiduEtl.Publishing.Destinations;

/// <summary>
/// Where a pipeline's snapshots live (a folder or object storage). The publisher writes each snapshot into a
/// local staging folder; the destination makes it visible as a whole under <c>snapshots/&lt;id&gt;/</c>, then
/// moves latest.json to it, then prunes. Whatever fails before the pointer moves leaves the old snapshot latest.
/// </summary>
internal interface ISnapshotDestination
{
    /// <summary>The output as the operator wrote it, for messages.</summary>
    string Description { get; }

    SnapshotInfo? ReadLatest();

    /// <summary>
    /// Whether <see cref="LocalCopyAsync"/> gives the whole previous snapshot, so a publish may write tables by
    /// month and link unchanged months' files from it; otherwise tables are written whole.
    /// </summary>
    bool KeepsPreviousFiles { get; }

    /// <summary>Removes what an interrupted publish left behind (staging folders, unfinished snapshots).</summary>
    Task CleanAbandonedAsync(CancellationToken cancellationToken);

    /// <summary>Whether a snapshot (complete or not) already uses this id.</summary>
    Task<bool> ExistsAsync(string snapshotId, CancellationToken cancellationToken);

    /// <summary>A new empty local folder to write the snapshot into.</summary>
    string CreateStaging(string snapshotId);

    /// <summary>
    /// A local folder named after the snapshot holding at least its table JSON files, for the change feed; null
    /// when the snapshot is gone. <paramref name="scratch"/> is a folder the destination may download into.
    /// </summary>
    Task<string?> LocalCopyAsync(SnapshotInfo snapshot, string scratch, CancellationToken cancellationToken);

    /// <summary>Makes the staged snapshot visible under snapshots/&lt;id&gt;/, complete; latest.json is not touched.</summary>
    Task CommitAsync(string staging, string snapshotId, CancellationToken cancellationToken);

    Task PointLatestAsync(SnapshotInfo snapshot, CancellationToken cancellationToken);

    /// <summary>Deletes snapshots past <paramref name="keep"/> that <see cref="RetentionPlan"/> lets go.</summary>
    Task PruneAsync(int keep, string latestId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Best-effort removal of a staging folder after a failed publish.</summary>
    void Discard(string staging);
}
