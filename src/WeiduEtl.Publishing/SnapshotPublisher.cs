using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WeiduEtl.ObjectStorage;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;
using WeiduEtl.Publishing.Changes;
using WeiduEtl.Publishing.Destinations;
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

    public async Task<SnapshotInfo> PublishAsync(PipelineOptions pipeline, DatasetTables tables, CancellationToken cancellationToken)
    {
        var destination = Destinations.For(pipeline);
        await destination.CleanAbandonedAsync(cancellationToken);

        var now = time.GetUtcNow();
        var snapshotId = await UniqueSnapshotIdAsync(destination, now, cancellationToken);
        var temporary = destination.CreateStaging(snapshotId);
        var scratch = temporary + ".previous";
        try
        {
            var files = new List<PublishedFile>();
            foreach (var (table, rows) in ContractTables.WithRows(tables))
            {
                files.Add(await WriteTableAsync(temporary, table, rows, "csv", cancellationToken));
                files.Add(await WriteTableAsync(temporary, table, rows, "json", cancellationToken));
            }
            foreach (var image in tables.Images)
            {
                var imagePath = Path.Combine(temporary, image.ImagePath);
                Directory.CreateDirectory(Path.GetDirectoryName(imagePath)!);
                await File.WriteAllBytesAsync(imagePath, image.Bytes, cancellationToken);
            }
            var createdAt = IssueRecordBuilder.Timestamp(now);
            var latest = destination.ReadLatest();
            var previous = latest?.SnapshotId;
            var previousFolder = latest is null ? null : await destination.LocalCopyAsync(latest, scratch, cancellationToken);
            await ChangeFeedWriter.WriteAsync(temporary, previousFolder, cancellationToken);
            var changes = await AttachAsync(temporary, "changes", "changes.json",
                "Ids added, changed (with the fields that changed) and removed in each table since the previous snapshot", cancellationToken);
            await DataPackageWriter.WriteAsync(Path.Combine(temporary, SnapshotLayout.Manifest), pipeline, snapshotId, createdAt, previous, files, [changes], cancellationToken);

            cancellationToken.ThrowIfCancellationRequested();
            await destination.CommitAsync(temporary, snapshotId, cancellationToken);
            var info = new SnapshotInfo(snapshotId, $"{SnapshotLayout.SnapshotsFolder}/{snapshotId}", createdAt, tables.RowCounts);
            await destination.PointLatestAsync(info, CancellationToken.None);
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

    private static async Task<PublishedFile> WriteTableAsync(string folder, TableDefinition table, IReadOnlyList<object> rows, string format, CancellationToken cancellationToken)
    {
        var relative = $"{table.Name}.{format}";
        var path = Path.Combine(folder, relative);
        if (format == "csv")
        {
            await CsvTableWriter.WriteAsync(path, table, rows, cancellationToken);
        }
        else
        {
            await JsonTableWriter.WriteAsync(path, table, rows, cancellationToken);
        }
        await using var stream = File.OpenRead(path);
        var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        var mediaType = format == "csv" ? "text/csv" : "application/json";
        return new PublishedFile(relative, format, mediaType, stream.Length, sha, rows.Count, table);
    }

    private static async Task<AttachedFile> AttachAsync(string folder, string name, string relative, string description, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(Path.Combine(folder, relative));
        var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        return new AttachedFile(name, relative, "application/json", stream.Length, sha, description);
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
