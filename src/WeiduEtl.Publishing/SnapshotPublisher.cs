using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WeiduEtl.ObjectStorage;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;
using WeiduEtl.Publishing.Changes;
using WeiduEtl.Publishing.Destinations;
using WeiduEtl.Publishing.Partitions;
using WeiduEtl.Publishing.Tables;
using WeiduEtl.Publishing.Writers;

namespace WeiduEtl.Publishing;

/// <summary>
/// Writes a snapshot into a local staging folder, has its destination (<see cref="ISnapshotDestination"/>: a
/// folder, or object storage) make it visible as a whole, then points latest.json at it, then prunes. An
/// interrupted publish leaves the previous snapshot latest and only leftovers that the next publish removes.
/// </summary>
public sealed class SnapshotPublisher(TimeProvider time, ILogger<SnapshotPublisher> logger, ObjectStores? objectStores = null) : ISnapshotPublisher, IDisposable
{
    private readonly ObjectStores? _ownedStores = objectStores is null ? new ObjectStores(NullLoggerFactory.Instance) : null;

    private SnapshotDestinations Destinations => new(objectStores ?? _ownedStores!, logger);

    public SnapshotInfo? ReadLatest(PipelineOptions pipeline) => Destinations.For(pipeline).ReadLatest();

    /// <summary>
    /// A dataset from this many articles up is published by issue month (articles/2019-10.csv), so a new page
    /// rewrites one month; a smaller one keeps the contract's single files (articles.csv).
    /// </summary>
    internal long PartitionFromArticles { get; init; } = DefaultPartitionFromArticles;

    public const long DefaultPartitionFromArticles = 20_000;

    /// <summary>A dataset held in memory (tests, tools): published as a store's is.</summary>
    public Task<SnapshotInfo> PublishAsync(PipelineOptions pipeline, DatasetTables tables, CancellationToken cancellationToken) =>
        PublishAsync(pipeline, new DatasetTablesReader(tables), cancellationToken);

    public async Task<SnapshotInfo> PublishAsync(PipelineOptions pipeline, IDatasetReader dataset, CancellationToken cancellationToken)
    {
        var destination = Destinations.For(pipeline);
        await destination.CleanAbandonedAsync(cancellationToken);

        var now = time.GetUtcNow();
        var snapshotId = await UniqueSnapshotIdAsync(destination, now, cancellationToken);
        var temporary = destination.CreateStaging(snapshotId);
        var scratch = temporary + ".previous";
        try
        {
            var latest = destination.ReadLatest();
            var previousFolder = latest is null ? null : await destination.LocalCopyAsync(latest, scratch, cancellationToken);
            var months = await DatasetMonths.ReadAsync(dataset, cancellationToken);
            var partitioned = destination.KeepsPreviousFiles && months.Articles >= PartitionFromArticles ? months : null;
            // With nothing to compare against, the feed is every row written: spooled as they go, not read back.
            using var ids = previousFolder is null || !Directory.Exists(previousFolder) ? new RowIdSpool(temporary + ".ids") : null;
            var (files, reused, unchanged) = await SnapshotTables.WriteAsync(temporary, dataset, partitioned, partitioned is null ? PreviousParts.None : PreviousParts.Read(previousFolder), ids, cancellationToken);
            await foreach (var image in dataset.ReadImagesAsync(cancellationToken))
            {
                var imagePath = Path.Combine(temporary, image.ImagePath);
                Directory.CreateDirectory(Path.GetDirectoryName(imagePath)!);
                await File.WriteAllBytesAsync(imagePath, image.Bytes, cancellationToken);
            }
            var createdAt = IssueRecordBuilder.Timestamp(now);
            await ChangeFeedWriter.WriteAsync(temporary, previousFolder, unchanged, ids, cancellationToken);
            var changes = await AttachAsync(temporary, "changes", "changes.json",
                "Ids added, changed (with the fields that changed) and removed in each table since the previous snapshot", cancellationToken);
            await DataPackageWriter.WriteAsync(Path.Combine(temporary, SnapshotLayout.Manifest), pipeline, snapshotId, createdAt, latest?.SnapshotId, files, [changes], cancellationToken);

            cancellationToken.ThrowIfCancellationRequested();
            await destination.CommitAsync(temporary, snapshotId, cancellationToken);
            var rowCounts = files.Where(f => f.Format == TableFormat.Csv).GroupBy(f => f.Table.Name).ToDictionary(g => g.Key, g => g.Sum(f => f.Rows));
            var info = new SnapshotInfo(snapshotId, $"{SnapshotLayout.SnapshotsFolder}/{snapshotId}", createdAt, rowCounts);
            await destination.PointLatestAsync(info, CancellationToken.None);
            logger.LogInformation("Snapshot {SnapshotId}: {Written} table files written, {Reused} reused unchanged from {Previous}",
                snapshotId, files.Count - reused.Count, reused.Count, latest?.SnapshotId ?? "no earlier snapshot");
            await PruneAsync(destination, pipeline.KeepSnapshots, snapshotId, now);
            return info;
        }
        finally
        {
            destination.Discard(temporary);
            destination.Discard(scratch);
        }
    }

    public void Dispose() => _ownedStores?.Dispose();

    /// <summary>Pruning is housekeeping: the snapshot is published already, so a failure here is logged and retried next time.</summary>
    private async Task PruneAsync(ISnapshotDestination destination, int keep, string latestId, DateTimeOffset now)
    {
        try
        {
            await destination.PruneAsync(keep, latestId, now, CancellationToken.None);
        }
        catch (IOException ex)
        {
            logger.LogWarning("Old snapshots in {Output} were not pruned ({Reason}); the next publish tries again", destination.Description, ex.Message);
        }
    }

    private static async Task<AttachedFile> AttachAsync(string folder, string name, string relative, string description, CancellationToken cancellationToken)
    {
        var (bytes, sha) = await TableFileSet.HashAsync(Path.Combine(folder, relative), cancellationToken);
        return new AttachedFile(name, relative, "application/json", bytes, sha, description);
    }

    /// <summary>UTC time to the second; a second publish within the same second gets a -2, -3… suffix.</summary>
    private static async Task<string> UniqueSnapshotIdAsync(ISnapshotDestination destination, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var candidate = id;
        for (var n = 2; await destination.ExistsAsync(candidate, cancellationToken); n++)
        {
            candidate = $"{id}-{n}";
        }
        return candidate;
    }
}
