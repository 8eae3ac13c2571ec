using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using WeiduEtl.Core.Options;
using WeiduEtl.ObjectStorage;
using WeiduEtl.Publishing.Changes;

namespace WeiduEtl.Serving;

/// <summary>
/// The served pipelines whose output is <c>s3://bucket/prefix</c>: latest.json, the snapshots and their files read
/// from object storage per request, so a serve node keeps no dataset on disk. A <see cref="SnapshotRef"/> here has
/// the snapshot's URL as its folder (unique, so the manifest cache works unchanged).
/// </summary>
internal sealed class S3ServedOutput(ObjectStores stores)
{
    private const string Manifest = SnapshotManifest.FileName;

    public async Task<SnapshotRef?> ResolveLatestAsync(PipelineOptions pipeline, CancellationToken cancellationToken)
    {
        if (await Store(pipeline).ReadAsync("latest.json", cancellationToken) is not { } bytes)
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            var id = root.TryGetProperty("snapshot_id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
            var created = root.TryGetProperty("created_at", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            return SnapshotIds.IsValid(id) ? Ref(pipeline, id!, created) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A complete snapshot (its datapackage.json, written last, is there), or null.</summary>
    public async Task<SnapshotRef?> SnapshotAsync(PipelineOptions pipeline, string id, CancellationToken cancellationToken) =>
        SnapshotIds.IsValid(id) && await Store(pipeline).HeadAsync($"snapshots/{id}/{Manifest}", cancellationToken) is not null ? Ref(pipeline, id, null) : null;

    public async Task<IReadOnlyList<string>> SnapshotIdsAsync(PipelineOptions pipeline, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var id in await Store(pipeline).ListFoldersAsync("snapshots/", cancellationToken))
        {
            if (await SnapshotAsync(pipeline, id, cancellationToken) is not null)
            {
                ids.Add(id);
            }
        }
        return [.. ids.OrderByDescending(id => id, StringComparer.Ordinal)];
    }

    public async Task<SnapshotManifest?> ManifestAsync(PipelineOptions pipeline, SnapshotRef snapshot, CancellationToken cancellationToken) =>
        await Store(pipeline).ReadAsync($"snapshots/{snapshot.Id}/{Manifest}", cancellationToken) is { } bytes ? SnapshotManifest.TryParse(new MemoryStream(bytes)) : null;

    public async Task<ChangeSummary?> ChangesAsync(PipelineOptions pipeline, SnapshotRef snapshot, CancellationToken cancellationToken) =>
        await Store(pipeline).ReadAsync($"snapshots/{snapshot.Id}/{ChangeFeedWriter.FileName}", cancellationToken) is { } bytes ? ChangeFeedReader.TryRead(new MemoryStream(bytes)) : null;

    public async Task<(byte[] Bytes, DateTime Modified)?> PointerAsync(PipelineOptions pipeline, CancellationToken cancellationToken)
    {
        var store = Store(pipeline);
        var head = await store.HeadAsync("latest.json", cancellationToken);
        return head is not null && await store.ReadAsync("latest.json", cancellationToken) is { } bytes ? (bytes, head.LastModifiedUtc) : null;
    }

    /// <summary>One file of one snapshot, streamed from the bucket with the same headers a file on disk gets.</summary>
    public async Task<IResult> ServeAsync(HttpContext http, PipelineOptions pipeline, SnapshotRef snapshot, string? file, string? listedSha256, string cacheControl, string? contentLocation, CancellationToken cancellationToken)
    {
        switch (SafePath.CheckText(file))
        {
            case SafePathResult.BadRequest:
                return FileEndpoint.Problem(StatusCodes.Status400BadRequest, "not a file path inside a snapshot");
            case SafePathResult.NotFound:
                return FileEndpoint.Problem(StatusCodes.Status404NotFound, $"snapshot {snapshot.Id} has no file {file}");
        }
        var store = Store(pipeline);
        var relative = $"snapshots/{snapshot.Id}/{file}";
        if (await store.HeadAsync(relative, cancellationToken) is not { } head)
        {
            return FileEndpoint.Problem(StatusCodes.Status404NotFound, $"snapshot {snapshot.Id} has no file {file}");
        }
        var sha = listedSha256 ?? head.Sha256 ?? head.ETag ?? "";
        http.Response.Headers.CacheControl = cacheControl;
        if (contentLocation is not null)
        {
            http.Response.Headers.ContentLocation = contentLocation + string.Join('/', file!.Split('/').Select(Uri.EscapeDataString));
        }
        var modified = new DateTimeOffset(DateTime.SpecifyKind(head.LastModifiedUtc.ToUniversalTime(), DateTimeKind.Utc));
        return Results.Stream(store.OpenRead(relative, head), ContentTypes.For(file!), fileDownloadName: null,
            lastModified: modified, entityTag: new EntityTagHeaderValue($"\"{sha}\""), enableRangeProcessing: true);
    }

    private ObjectStore Store(PipelineOptions pipeline) => stores.For(pipeline.ObjectStore, S3Location.Parse(pipeline.Output));

    private static SnapshotRef Ref(PipelineOptions pipeline, string id, string? created) =>
        new(pipeline.Name, id, $"{pipeline.Output.TrimEnd('/')}/snapshots/{id}", created);
}
