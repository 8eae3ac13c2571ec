using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using WeiduEtl.Core.Options;
using WeiduEtl.ObjectStorage;
using WeiduEtl.Publishing.Changes;

namespace WeiduEtl.Serving;

/// <summary>
/// The pipelines being served and their snapshot folders. Snapshots never change once written, so what
/// is read from them (datapackage.json, hashes of files it does not list) is kept in memory.
/// </summary>
internal sealed class ServedDatasets(IReadOnlyList<PipelineOptions> pipelines, ObjectStores? stores = null)
{
    private const int MaxCached = 4096;
    private const string SnapshotsFolder = "snapshots";
    private const string LatestFile = "latest.json";

    private readonly ConcurrentDictionary<string, SnapshotManifest> _manifests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Path, long Length, DateTime Modified), string> _hashes = new();

    public IReadOnlyList<PipelineOptions> Pipelines { get; } = pipelines;

    /// <summary>Snapshots on object storage; null when no served pipeline has its output there.</summary>
    public S3ServedOutput? S3 { get; } = pipelines.Any(p => S3Location.IsS3(p.Output)) ? new S3ServedOutput(stores ?? new ObjectStores(NullLoggerFactory.Instance)) : null;

    public bool OnS3(PipelineOptions pipeline) => S3 is not null && S3Location.IsS3(pipeline.Output);

    /// <summary>The snapshot latest.json names, wherever the output is; null when none (or the service is unreachable).</summary>
    public SnapshotRef? Latest(PipelineOptions pipeline) => OnS3(pipeline) ? Blocking(() => S3!.ResolveLatestAsync(pipeline, CancellationToken.None)) : ResolveLatest(pipeline);

    /// <summary>Complete snapshots, newest first, wherever the output is.</summary>
    public IReadOnlyList<string> SnapshotIdList(PipelineOptions pipeline) =>
        OnS3(pipeline) ? Blocking<IReadOnlyList<string>>(async () => await S3!.SnapshotIdsAsync(pipeline, CancellationToken.None)) ?? [] : SnapshotIdsOf(pipeline);

    public ChangeSummary? Changes(PipelineOptions pipeline, SnapshotRef snapshot) =>
        OnS3(pipeline) ? Blocking(() => S3!.ChangesAsync(pipeline, snapshot, CancellationToken.None)) : ChangeFeedReader.TryRead(snapshot.Folder);

    /// <summary>
    /// For the page, catalogue and health checks, which read a pipeline synchronously; downloads take the async
    /// path. An unreachable service reads as "no snapshot" there, as a missing folder does.
    /// </summary>
    private static T? Blocking<T>(Func<Task<T?>> read) where T : class
    {
        try
        {
            return read().GetAwaiter().GetResult();
        }
        catch (ObjectStoreException)
        {
            return null;
        }
    }

    public PipelineOptions? Find(string name) => Pipelines.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    public static string LatestPointerPath(PipelineOptions pipeline) => Path.Combine(pipeline.Output, LatestFile);

    /// <summary>
    /// Reads latest.json once and names the snapshot folder it points at. Callers serve everything of a
    /// request from that folder, so a publish during the request cannot mix two snapshots.
    /// </summary>
    public static SnapshotRef? ResolveLatest(PipelineOptions pipeline)
    {
        var pointer = LatestPointerPath(pipeline);
        if (!SafePath.StaysInside(pointer, pipeline.Output))
        {
            return null;
        }
        try
        {
            using var stream = File.OpenRead(pointer);
            using var document = JsonDocument.Parse(stream);
            var root = document.RootElement;
            var id = root.TryGetProperty("snapshot_id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
            var created = root.TryGetProperty("created_at", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            // The pointer's "path" is always snapshots/<id>; the id alone names the folder, so a
            // tampered pointer cannot lead outside snapshots/.
            if (id is null)
            {
                return null;
            }
            var snapshot = Snapshot(pipeline, id);
            return snapshot is null ? null : snapshot with { CreatedAt = created };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    public static SnapshotRef? Snapshot(PipelineOptions pipeline, string id)
    {
        if (!SnapshotIds.IsValid(id))
        {
            return null;
        }
        var snapshots = Path.Combine(pipeline.Output, SnapshotsFolder);
        var folder = Path.Combine(snapshots, id);
        return Directory.Exists(folder) && SafePath.StaysInside(folder, snapshots) ? new SnapshotRef(pipeline.Name, id, folder, null) : null;
    }

    /// <summary>Complete snapshots on disk, newest first (temporary folders are hidden and never listed).</summary>
    public static IReadOnlyList<string> SnapshotIdsOf(PipelineOptions pipeline)
    {
        var folder = Path.Combine(pipeline.Output, SnapshotsFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }
        return [.. Directory.GetDirectories(folder).Select(Path.GetFileName).OfType<string>()
            .Where(id => Snapshot(pipeline, id) is not null)
            .OrderByDescending(id => id, StringComparer.Ordinal)];
    }

    public SnapshotManifest? Manifest(SnapshotRef snapshot) =>
        _manifests.TryGetValue(snapshot.Folder, out var cached) ? cached : Blocking(() => ManifestAsync(snapshot, CancellationToken.None));

    /// <summary>
    /// For downloads: on object storage the manifest is read without blocking a pool thread, which fifty downloads of a
    /// just-published snapshot (none of them finding it cached yet) would otherwise all do at once. An unreachable service
    /// reads as no manifest, as in <see cref="Manifest"/>.
    /// </summary>
    public async Task<SnapshotManifest?> ManifestAsync(SnapshotRef snapshot, CancellationToken cancellationToken)
    {
        if (_manifests.TryGetValue(snapshot.Folder, out var cached))
        {
            return cached;
        }
        SnapshotManifest? manifest;
        try
        {
            manifest = Find(snapshot.Pipeline) is { } pipeline && OnS3(pipeline)
                ? await S3!.ManifestAsync(pipeline, snapshot, cancellationToken)
                : SnapshotManifest.TryRead(snapshot.Folder);
        }
        catch (ObjectStoreException)
        {
            return null;
        }
        if (manifest is not null)
        {
            Bound(_manifests);
            _manifests[snapshot.Folder] = manifest;
        }
        return manifest;
    }

    /// <summary>The sha256 of a file: datapackage.json's when it lists the file, else computed once.</summary>
    public async Task<string> Sha256Async(SnapshotRef snapshot, string relativePath, FileStream open, CancellationToken cancellationToken)
    {
        if ((await ManifestAsync(snapshot, cancellationToken))?.Find(relativePath)?.Sha256 is { Length: 64 } listed)
        {
            return listed;
        }
        var key = (open.Name, open.Length, File.GetLastWriteTimeUtc(open.SafeFileHandle));
        if (_hashes.TryGetValue(key, out var known))
        {
            return known;
        }
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(open, cancellationToken));
        open.Position = 0;
        Bound(_hashes);
        _hashes[key] = hash;
        return hash;
    }

    /// <summary>Old snapshots are pruned, so their entries would pile up forever; start over past a bound.</summary>
    private static void Bound<TKey, TValue>(ConcurrentDictionary<TKey, TValue> cache) where TKey : notnull
    {
        if (cache.Count >= MaxCached)
        {
            cache.Clear();
        }
    }
}
