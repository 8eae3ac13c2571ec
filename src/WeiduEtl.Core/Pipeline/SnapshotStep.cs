using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Core.Pipeline;

/// <summary>Decides whether a pass publishes, and publishes the database's current dataset.</summary>
public sealed class SnapshotStep(IStoreFactory stores, ISnapshotPublisher publisher, ILogger<SnapshotStep> logger)
{
    /// <summary>
    /// Publishes when this pass stored something, when nothing was ever published, or when an earlier
    /// pass stored rows that it did not get to publish. Returns the new snapshot id, or null.
    /// </summary>
    public async Task<string?> PublishIfChangedAsync(PipelineOptions pipeline, int storedThisPass, CancellationToken cancellationToken)
    {
        var needed = storedThisPass > 0
            || LatestOrFail(pipeline) is null
            || await stores.Runs(pipeline).HasUnpublishedChangesAsync(pipeline.Name, cancellationToken);
        if (!needed)
        {
            logger.LogInformation("Pipeline {Pipeline}: nothing new, no snapshot published; latest stays {SnapshotId}", pipeline.Name, LatestOrFail(pipeline)?.SnapshotId);
            return null;
        }
        return (await PublishAsync(pipeline, cancellationToken)).SnapshotId;
    }

    /// <summary>latest.json as the publisher reads it; an output that cannot be read (object storage down) fails the publish.</summary>
    private SnapshotInfo? LatestOrFail(PipelineOptions pipeline)
    {
        try
        {
            return publisher.ReadLatest(pipeline);
        }
        catch (IOException ex)
        {
            throw new SnapshotFailedException($"latest.json of {pipeline.Output} could not be read: {ex.Message.TrimEnd('.')}; nothing was published, and the next pass publishes once the cause is fixed", ex);
        }
    }

    public async Task<SnapshotInfo> PublishAsync(PipelineOptions pipeline, CancellationToken cancellationToken)
    {
        var dataset = stores.Issues(pipeline).ReadDataset(pipeline.Name);
        SnapshotInfo snapshot;
        try
        {
            snapshot = await publisher.PublishAsync(pipeline, dataset, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            string? latest;
            try
            {
                latest = publisher.ReadLatest(pipeline)?.SnapshotId;
            }
            catch (IOException)
            {
                latest = "the one latest.json named before";
            }
            throw new SnapshotFailedException(
                $"the snapshot could not be written in {pipeline.Output}: {ex.Message.TrimEnd('.')}; {(latest is null ? "there is no snapshot yet" : $"snapshot {latest} is still the latest")}, nothing half-written is left, and the next pass publishes once the cause is fixed", ex);
        }
        logger.LogInformation("Pipeline {Pipeline}: snapshot {SnapshotId} published at {Path} with {Articles} articles", pipeline.Name, snapshot.SnapshotId, snapshot.Path, snapshot.Tables.GetValueOrDefault("articles"));
        return snapshot;
    }
}
