using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using WeiduEtl.Core.Options;

namespace WeiduEtl.Serving;

/// <summary>
/// Serves one file of one snapshot: content type, a strong ETag (the sha256), Last-Modified, and through
/// the framework's file result 304 on If-None-Match / If-Modified-Since and 206 on Range. The file is
/// opened before the response starts, so a snapshot pruned mid-download still finishes from the open handle.
/// </summary>
internal sealed class FileEndpoint(ServedDatasets datasets)
{
    /// <summary>Snapshot URLs never change: cache them for good. latest URLs change at each publish.</summary>
    private const string Immutable = "public, max-age=31536000, immutable";
    private const string Revalidate = "no-cache";

    public async Task<IResult> LatestAsync(HttpContext http, string pipeline, string? file, CancellationToken cancellationToken)
    {
        if (datasets.Find(pipeline) is not { } options)
        {
            return Problem(StatusCodes.Status404NotFound, $"no pipeline named {pipeline}");
        }
        // Once per request: everything below comes from this one folder, whatever is published meanwhile.
        var snapshot = datasets.OnS3(options) ? await datasets.S3!.ResolveLatestAsync(options, cancellationToken) : ServedDatasets.ResolveLatest(options);
        if (snapshot is null)
        {
            return Problem(StatusCodes.Status404NotFound, $"{pipeline} has not published a snapshot yet");
        }
        http.Response.Headers["X-Snapshot-Id"] = snapshot.Id;
        var contentLocation = $"/datasets/{Uri.EscapeDataString(options.Name)}/snapshots/{snapshot.Id}/";
        return datasets.OnS3(options)
            ? await datasets.S3!.ServeAsync(http, options, snapshot, file, await ListedAsync(snapshot, file, cancellationToken), Revalidate, contentLocation, cancellationToken)
            : await ServeAsync(http, snapshot, file, Revalidate, cancellationToken, contentLocation);
    }

    public async Task<IResult> SnapshotAsync(HttpContext http, string pipeline, string id, string? file, CancellationToken cancellationToken)
    {
        if (datasets.Find(pipeline) is not { } options)
        {
            return Problem(StatusCodes.Status404NotFound, $"no pipeline named {pipeline}");
        }
        if (!SnapshotIds.IsValid(id))
        {
            return Problem(StatusCodes.Status400BadRequest, "not a snapshot id");
        }
        var snapshot = datasets.OnS3(options) ? await datasets.S3!.SnapshotAsync(options, id, cancellationToken) : ServedDatasets.Snapshot(options, id);
        if (snapshot is null)
        {
            return Problem(StatusCodes.Status404NotFound, $"{pipeline} has no snapshot {id} (older snapshots are pruned)");
        }
        http.Response.Headers["X-Snapshot-Id"] = snapshot.Id;
        return datasets.OnS3(options)
            ? await datasets.S3!.ServeAsync(http, options, snapshot, file, await ListedAsync(snapshot, file, cancellationToken), Immutable, null, cancellationToken)
            : await ServeAsync(http, snapshot, file, Immutable, cancellationToken);
    }

    /// <summary>The sha256 datapackage.json lists for a file (the ETag), when it lists it.</summary>
    private async Task<string?> ListedAsync(SnapshotRef snapshot, string? file, CancellationToken cancellationToken) =>
        file is null ? null : (await datasets.ManifestAsync(snapshot, cancellationToken))?.Find(file)?.Sha256 is { Length: 64 } sha ? sha : null;

    /// <summary>latest.json on object storage, with the same ETag and caching as the file.</summary>
    public async Task<IResult> PointerAsync(HttpContext http, PipelineOptions? pipeline, CancellationToken cancellationToken)
    {
        if (pipeline is null || !datasets.OnS3(pipeline))
        {
            return Pointer(http, pipeline);
        }
        if (await datasets.S3!.PointerAsync(pipeline, cancellationToken) is not { } pointer)
        {
            return Problem(StatusCodes.Status404NotFound, $"{pipeline.Name} has not published a snapshot yet");
        }
        http.Response.Headers.CacheControl = Revalidate;
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pointer.Bytes));
        return Results.Bytes(pointer.Bytes, ContentTypes.Json, lastModified: DateTime.SpecifyKind(pointer.Modified, DateTimeKind.Utc), entityTag: new EntityTagHeaderValue($"\"{sha}\""));
    }

    /// <summary>latest.json itself, for consumers that follow the pointer as output/README.md describes.</summary>
    public static IResult Pointer(HttpContext http, PipelineOptions? pipeline)
    {
        if (pipeline is null)
        {
            return Problem(StatusCodes.Status404NotFound, "no such pipeline");
        }
        var pointer = ServedDatasets.LatestPointerPath(pipeline);
        if (!SafePath.StaysInside(pointer, pipeline.Output))
        {
            return Problem(StatusCodes.Status404NotFound, $"{pipeline.Name} has not published a snapshot yet");
        }
        try
        {
            var bytes = File.ReadAllBytes(pointer);
            http.Response.Headers.CacheControl = Revalidate;
            // Consumers poll the pointer: its ETag turns an unchanged poll into a 304.
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
            return Results.Bytes(bytes, ContentTypes.Json, lastModified: File.GetLastWriteTimeUtc(pointer), entityTag: new EntityTagHeaderValue($"\"{sha}\""));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Problem(StatusCodes.Status404NotFound, $"{pipeline.Name} has not published a snapshot yet");
        }
    }

    /// <param name="contentLocation">For latest: the snapshot URL the file is served from, the file's escaped path appended once it is known to exist.</param>
    private async Task<IResult> ServeAsync(HttpContext http, SnapshotRef snapshot, string? file, string cacheControl, CancellationToken cancellationToken, string? contentLocation = null)
    {
        var (result, realPath) = SafePath.Resolve(snapshot.Folder, file);
        if (result == SafePathResult.BadRequest)
        {
            return Problem(StatusCodes.Status400BadRequest, "not a file path inside a snapshot");
        }
        if (result == SafePathResult.NotFound)
        {
            return Problem(StatusCodes.Status404NotFound, $"snapshot {snapshot.Id} has no file {file}");
        }
        FileStream stream;
        try
        {
            stream = new FileStream(realPath!, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.ReadWrite | FileShare.Delete,
                Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
            });
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Problem(StatusCodes.Status404NotFound, $"snapshot {snapshot.Id} was removed; ask again for latest");
        }
        try
        {
            var sha = await datasets.Sha256Async(snapshot, file!, stream, cancellationToken);
            http.Response.Headers.CacheControl = cacheControl;
            if (contentLocation is not null)
            {
                http.Response.Headers.ContentLocation = contentLocation + string.Join('/', file!.Split('/').Select(Uri.EscapeDataString));
            }
            // Times from the open handle: the path may already be pruned.
            var modified = new DateTimeOffset(File.GetLastWriteTimeUtc(stream.SafeFileHandle), TimeSpan.Zero);
            return Results.Stream(stream, ContentTypes.For(file!), fileDownloadName: null, lastModified: modified, entityTag: new EntityTagHeaderValue($"\"{sha}\""), enableRangeProcessing: true);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    /// <param name="file">The path asked for, when the problem is with that file rather than the request.</param>
    public static IResult Problem(int status, string message, string? file = null)
    {
        var body = new Dictionary<string, object> { ["status"] = status, ["error"] = message };
        if (file is not null)
        {
            body["file"] = file;
        }
        return Results.Json(body, statusCode: status, contentType: ContentTypes.Json);
    }
}
