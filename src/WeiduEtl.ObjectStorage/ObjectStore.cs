using System.Net;
using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Logging;
using Polly;
using S3Location = WeiduEtl.Core.Options.S3Location;

namespace WeiduEtl.ObjectStorage;

/// <summary>
/// The objects under one <c>s3://bucket/prefix</c>, addressed by paths relative to it. Every request is retried
/// by <see cref="ObjectRetry"/>; every upload streams from a file, carries Content-MD5 (the service checks the
/// bytes it got) and its sha256 as metadata, and is read back with HEAD before it counts as written.
/// </summary>
public sealed class ObjectStore
{
    /// <summary>The sha256 of an object's bytes, hex, in its user metadata.</summary>
    public const string Sha256Metadata = "sha256";

    private readonly IAmazonS3 _client;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _retry;

    public ObjectStore(IAmazonS3 client, S3Location location, ILogger logger)
    {
        _client = client;
        _logger = logger;
        _retry = ObjectRetry.Create(logger);
        ReadRetry = ObjectReadRetry.Create(logger);
        Location = location;
    }

    public S3Location Location { get; }

    /// <summary>Files from this size up go in parts; S3 allows one PUT up to 5 GB, but a failed part is cheaper to resend.</summary>
    public long MultipartThresholdBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>The size of each part but the last; S3's minimum is 5 MiB.</summary>
    public long PartSizeBytes { get; init; } = 8 * 1024 * 1024;

    public string Describe(string relative) => $"{Location}/{relative}";

    internal ResiliencePipeline ReadRetry { get; }

    /// <summary>The whole object, or null when there is none. For small objects (pointers, manifests).</summary>
    public Task<byte[]?> ReadAsync(string relative, CancellationToken cancellationToken) =>
        RunAsync($"GET {Describe(relative)}", async ct =>
        {
            try
            {
                using var response = await _client.GetObjectAsync(Location.Bucket, Location.Key(relative), ct);
                using var buffer = new MemoryStream();
                await response.ResponseStream.CopyToAsync(buffer, ct);
                return buffer.ToArray();
            }
            catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
        }, cancellationToken);

    /// <summary>Streams the object into a local file; false when there is none.</summary>
    public Task<bool> DownloadAsync(string relative, string localPath, CancellationToken cancellationToken) =>
        RunAsync($"GET {Describe(relative)}", async ct =>
        {
            try
            {
                using var response = await _client.GetObjectAsync(Location.Bucket, Location.Key(relative), ct);
                Directory.CreateDirectory(Path.GetDirectoryName(localPath)!);
                await using var file = File.Create(localPath);
                await response.ResponseStream.CopyToAsync(file, ct);
                return true;
            }
            catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
            {
                return false;
            }
        }, cancellationToken);

    /// <summary>The object's length, ETag, time and sha256 metadata, or null when there is none.</summary>
    public Task<ObjectHead?> HeadAsync(string relative, CancellationToken cancellationToken) =>
        RunAsync($"HEAD {Describe(relative)}", async ct =>
        {
            try
            {
                var head = await _client.GetObjectMetadataAsync(Location.Bucket, Location.Key(relative), ct);
                return new ObjectHead(head.ContentLength, head.ETag?.Trim('"'), head.LastModified ?? DateTime.UnixEpoch, head.Metadata[Sha256Metadata], head.Headers.ContentType);
            }
            catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
            {
                return (ObjectHead?)null;
            }
        }, cancellationToken);

    /// <summary>A seekable stream over the object <paramref name="head"/> describes, read as it is consumed.</summary>
    public ObjectReadStream OpenRead(string relative, ObjectHead head) => new(this, relative, head.Length, head.ETag);

    /// <summary>
    /// Opens the object from <paramref name="from"/> to its end for streaming. The body is read by
    /// <see cref="ObjectReadStream"/>, which opens it again from where a failed read stopped. Null when there is no such object.
    /// </summary>
    /// <param name="etag">When known, the object must still have it (If-Match), so bytes read again after a failure
    /// come from the same object as those before: one replaced meanwhile is refused with 412, never spliced in.</param>
    internal Task<GetObjectResponse?> OpenAsync(string relative, long from, string? etag, CancellationToken cancellationToken) =>
        RunAsync($"GET {Describe(relative)}", async ct =>
        {
            var request = new GetObjectRequest { BucketName = Location.Bucket, Key = Location.Key(relative) };
            if (etag is not null)
            {
                request.EtagToMatch = $"\"{etag}\"";
            }
            if (from > 0)
            {
                request.ByteRange = new ByteRange($"bytes={from}-");
            }
            try
            {
                return await _client.GetObjectAsync(request, ct);
            }
            catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
        }, cancellationToken);

    /// <summary>The relative paths of every object under <paramref name="relativePrefix"/>.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(string relativePrefix, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        await ListPagesAsync(relativePrefix, null, page => keys.AddRange((page.S3Objects ?? []).Select(o => Relative(o.Key))), cancellationToken);
        return keys;
    }

    /// <summary>The names of the "folders" directly under <paramref name="relativePrefix"/> (which ends with '/').</summary>
    public async Task<IReadOnlyList<string>> ListFoldersAsync(string relativePrefix, CancellationToken cancellationToken)
    {
        var folders = new List<string>();
        await ListPagesAsync(relativePrefix, "/", page => folders.AddRange((page.CommonPrefixes ?? []).Select(p => Relative(p)[relativePrefix.Length..].TrimEnd('/'))), cancellationToken);
        return folders;
    }

    public async Task DeleteAsync(IEnumerable<string> relatives, CancellationToken cancellationToken)
    {
        foreach (var relative in relatives)
        {
            await RunAsync($"DELETE {Describe(relative)}", ct => _client.DeleteObjectAsync(Location.Bucket, Location.Key(relative), ct), cancellationToken);
        }
    }

    /// <summary>Writes small bytes (a pointer) as one verified PUT.</summary>
    public async Task WriteAsync(string relative, byte[] bytes, string contentType, string? cacheControl, CancellationToken cancellationToken)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await RunAsync($"PUT {Describe(relative)}", async ct =>
        {
            using var body = new MemoryStream(bytes, writable: false);
            var request = PutRequest(relative, contentType, cacheControl, sha);
            request.InputStream = body;
            request.MD5Digest = ContentMd5.Of(bytes);
            await _client.PutObjectAsync(request, ct);
            await VerifyAsync(relative, bytes.Length, sha, ct);
            return true;
        }, cancellationToken);
    }

    /// <summary>Uploads a local file, streamed from disk; in parts from <see cref="MultipartThresholdBytes"/> up.</summary>
    public async Task UploadAsync(string relative, string localPath, string contentType, string? cacheControl, CancellationToken cancellationToken)
    {
        var length = new FileInfo(localPath).Length;
        var sha = await HashAsync(localPath, 0, length, SHA256.Create, cancellationToken);
        if (length >= MultipartThresholdBytes)
        {
            await new MultipartUpload(this, _client, relative, localPath, length, sha).RunAsync(contentType, cacheControl, cancellationToken);
            return;
        }
        var md5 = ContentMd5.FromHex(await HashAsync(localPath, 0, length, ContentMd5.Create, cancellationToken));
        await RunAsync($"PUT {Describe(relative)}", async ct =>
        {
            var request = PutRequest(relative, contentType, cacheControl, sha);
            request.FilePath = localPath;
            request.MD5Digest = md5;
            await _client.PutObjectAsync(request, ct);
            await VerifyAsync(relative, length, sha, ct);
            return true;
        }, cancellationToken);
    }

    internal async Task VerifyAsync(string relative, long length, string sha256, CancellationToken cancellationToken)
    {
        var head = await _client.GetObjectMetadataAsync(Location.Bucket, Location.Key(relative), cancellationToken);
        if (head.ContentLength != length || !string.Equals(head.Metadata[Sha256Metadata], sha256, StringComparison.Ordinal))
        {
            throw new IOException($"{Describe(relative)} reads back as {head.ContentLength} bytes with sha256 {head.Metadata[Sha256Metadata] ?? "(none)"}, not the {length} bytes with sha256 {sha256} sent");
        }
    }

    internal static async Task<string> HashAsync(string path, long offset, long count, Func<HashAlgorithm> algorithm, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        file.Position = offset;
        using var hash = algorithm();
        var buffer = new byte[1 << 16];
        for (var left = count; left > 0;)
        {
            var read = await file.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, left)), cancellationToken);
            if (read == 0)
            {
                throw new IOException($"{path} ended before {count} bytes from {offset}");
            }
            hash.TransformBlock(buffer, 0, read, null, 0);
            left -= read;
        }
        hash.TransformFinalBlock([], 0, 0);
        return Convert.ToHexStringLower(hash.Hash!);
    }

    /// <summary>Runs one request under the retry policy; what still fails becomes an <see cref="ObjectStoreException"/> naming the object.</summary>
    internal async Task<T> RunAsync<T>(string operation, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(operation, cancellationToken);
        try
        {
            return await _retry.ExecuteAsync(async c => await action(c.CancellationToken), context);
        }
        catch (Exception ex) when (ex is not ObjectStoreException && ObjectRetry.IsStoreFailure(ex, cancellationToken))
        {
            // Each operation ends with the object it acts on ("PUT part 2 of s3://bucket/key").
            var named = operation.IndexOf(Location.ToString(), StringComparison.Ordinal);
            throw Failure(operation, named >= 0 ? operation[named..] : operation, ex, ObjectRetry.MaxAttempts, cancellationToken);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>Logs what failed on which object and why, and the exception to throw for it.</summary>
    internal ObjectStoreException Failure(string operation, string objectName, Exception ex, int attempts, CancellationToken cancellationToken)
    {
        var reason = ObjectRetry.Reason(ex);
        var transient = ObjectRetry.IsTransient(ex, cancellationToken);
        _logger.LogError("Object storage: {Operation} failed: {Object} {Reason}", operation, objectName, reason);
        return new ObjectStoreException(transient
            ? $"{operation} failed after {attempts} tries: {reason}; check that the service at the configured s3.serviceUrl is up"
            : $"{operation} failed: {reason}; check the bucket, the credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or a profile) and their permissions", ex)
        {
            ObjectName = objectName,
            Reason = ObjectRetry.ShortReason(ex, transient),
            Transient = transient,
        };
    }

    private PutObjectRequest PutRequest(string relative, string contentType, string? cacheControl, string sha)
    {
        var request = new PutObjectRequest
        {
            BucketName = Location.Bucket,
            Key = Location.Key(relative),
            ContentType = contentType,
            // s3rver and some S3-compatibles store aws-chunked framing as part of the object.
            UseChunkEncoding = false,
        };
        request.Metadata[Sha256Metadata] = sha;
        if (cacheControl is not null)
        {
            request.Headers.CacheControl = cacheControl;
        }
        return request;
    }

    private async Task ListPagesAsync(string relativePrefix, string? delimiter, Action<ListObjectsV2Response> page, CancellationToken cancellationToken)
    {
        string? token = null;
        do
        {
            var request = new ListObjectsV2Request { BucketName = Location.Bucket, Prefix = Location.Key(relativePrefix), Delimiter = delimiter, ContinuationToken = token };
            var response = await RunAsync($"LIST {Describe(relativePrefix)}", ct => _client.ListObjectsV2Async(request, ct), cancellationToken);
            page(response);
            token = response.IsTruncated == true ? response.NextContinuationToken : null;
        }
        while (token is not null);
    }

    private string Relative(string key) => Location.Prefix.Length == 0 ? key : key[(Location.Prefix.Length + 1)..];
}
