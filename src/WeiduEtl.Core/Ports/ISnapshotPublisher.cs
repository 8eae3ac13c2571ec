using WeiduEtl.Core.Options;

namespace WeiduEtl.Core.Ports;

/// <summary>Writes a complete, versioned open-data snapshot of a pipeline's dataset.</summary>
public interface ISnapshotPublisher
{
    /// <summary>
    /// Writes the snapshot into a temporary folder, moves it into <c>snapshots/</c>, then replaces
    /// <c>latest.json</c> atomically. A cancelled publish leaves the previous snapshot as latest.
    /// </summary>
    Task<SnapshotInfo> PublishAsync(PipelineOptions pipeline, IDatasetReader dataset, CancellationToken cancellationToken);

    /// <summary>The latest published snapshot, or null when none is.</summary>
    SnapshotInfo? ReadLatest(PipelineOptions pipeline);
}
