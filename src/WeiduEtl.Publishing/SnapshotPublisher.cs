using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;
using WeiduEtl.Publishing.Changes;
using WeiduEtl.Publishing.Tables;
using WeiduEtl.Publishing.Writers;

namespace WeiduEtl.Publishing;

/// <summary>
/// Writes a snapshot into a hidden temporary folder, moves it into snapshots/ in one rename, then
/// points latest.json at it. An interrupted publish leaves only a temporary folder, cleaned next time.
/// </summary>
public sealed class SnapshotPublisher(TimeProvider time, ILogger<SnapshotPublisher> logger) : ISnapshotPublisher
{
    private const string SnapshotsFolder = "snapshots";
    private const string TemporaryPrefix = ".tmp-";

    public SnapshotInfo? ReadLatest(PipelineOptions pipeline) => LatestPointer.Read(pipeline.Output);

    public async Task<SnapshotInfo> PublishAsync(PipelineOptions pipeline, DatasetTables tables, CancellationToken cancellationToken)
    {
        var snapshots = Path.Combine(pipeline.Output, SnapshotsFolder);
        Directory.CreateDirectory(snapshots);
        RemoveAbandonedTemporaries(snapshots);

        var now = time.GetUtcNow();
        var snapshotId = UniqueSnapshotId(snapshots, now);
        var temporary = Path.Combine(snapshots, $"{TemporaryPrefix}{snapshotId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temporary);
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
            var latest = LatestPointer.Read(pipeline.Output);
            var previous = latest?.SnapshotId;
            await ChangeFeedWriter.WriteAsync(temporary, latest is null ? null : Path.Combine(pipeline.Output, latest.Path), cancellationToken);
            var changes = await AttachAsync(temporary, "changes", "changes.json",
                "Ids added, changed (with the fields that changed) and removed in each table since the previous snapshot", cancellationToken);
            await DataPackageWriter.WriteAsync(Path.Combine(temporary, "datapackage.json"), pipeline, snapshotId, createdAt, previous, files, [changes], cancellationToken);

            cancellationToken.ThrowIfCancellationRequested();
            var final = Path.Combine(snapshots, snapshotId);
            Directory.Move(temporary, final);
            var info = new SnapshotInfo(snapshotId, $"{SnapshotsFolder}/{snapshotId}", createdAt, tables.RowCounts);
            await LatestPointer.WriteAsync(pipeline.Output, info, CancellationToken.None);
            Prune(snapshots, pipeline.KeepSnapshots, snapshotId);
            return info;
        }
        catch
        {
            TryDelete(temporary);
            throw;
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
    private static string UniqueSnapshotId(string snapshots, DateTimeOffset now)
    {
        var id = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var candidate = id;
        for (var n = 2; Directory.Exists(Path.Combine(snapshots, candidate)); n++)
        {
            candidate = $"{id}-{n}";
        }
        return candidate;
    }

    private void Prune(string snapshots, int keep, string latest)
    {
        var old = Directory.GetDirectories(snapshots)
            .Select(Path.GetFileName)
            .Where(name => name is not null && !name.StartsWith('.') && name != latest)
            .OrderByDescending(name => name, StringComparer.Ordinal)
            .Skip(keep - 1);
        foreach (var name in old)
        {
            logger.LogInformation("Removing snapshot {SnapshotId}: more than {Keep} kept", name, keep);
            TryDelete(Path.Combine(snapshots, name!));
        }
    }

    private void RemoveAbandonedTemporaries(string snapshots)
    {
        foreach (var folder in Directory.GetDirectories(snapshots, TemporaryPrefix + "*"))
        {
            logger.LogWarning("Removing {Folder} left by an interrupted publish", folder);
            TryDelete(folder);
        }
    }

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
