using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace WeiduEtl.ObjectStorage;

/// <summary>
/// One large file uploaded in parts read straight from disk, each with its Content-MD5 and retried alone;
/// aborted on failure so the service frees the parts.
/// </summary>
internal sealed class MultipartUpload(ObjectStore store, IAmazonS3 client, string relative, string localPath, long length, string sha256)
{
    public async Task RunAsync(string contentType, string? cacheControl, CancellationToken cancellationToken)
    {
        var key = store.Location.Key(relative);
        var what = store.Describe(relative);
        var start = new InitiateMultipartUploadRequest { BucketName = store.Location.Bucket, Key = key, ContentType = contentType };
        start.Metadata[ObjectStore.Sha256Metadata] = sha256;
        if (cacheControl is not null)
        {
            start.Headers.CacheControl = cacheControl;
        }
        var uploadId = (await store.RunAsync($"start multipart {what}", ct => client.InitiateMultipartUploadAsync(start, ct), cancellationToken)).UploadId;
        try
        {
            var parts = new List<PartETag>();
            var number = 1;
            for (long position = 0; position < length; position += store.PartSizeBytes, number++)
            {
                var size = Math.Min(store.PartSizeBytes, length - position);
                var md5 = ContentMd5.FromHex(await ObjectStore.HashAsync(localPath, position, size, ContentMd5.Create, cancellationToken));
                var part = new UploadPartRequest
                {
                    BucketName = store.Location.Bucket,
                    Key = key,
                    UploadId = uploadId,
                    PartNumber = number,
                    FilePath = localPath,
                    FilePosition = position,
                    PartSize = size,
                    MD5Digest = md5,
                    UseChunkEncoding = false,
                };
                var response = await store.RunAsync($"PUT part {number} of {what}", ct => client.UploadPartAsync(part, ct), cancellationToken);
                parts.Add(new PartETag(number, response.ETag));
            }
            var complete = new CompleteMultipartUploadRequest { BucketName = store.Location.Bucket, Key = key, UploadId = uploadId, PartETags = parts };
            await store.RunAsync($"complete multipart {what}", async ct =>
            {
                await client.CompleteMultipartUploadAsync(complete, ct);
                await store.VerifyAsync(relative, length, sha256, ct);
                return true;
            }, cancellationToken);
        }
        catch
        {
            try
            {
                await client.AbortMultipartUploadAsync(store.Location.Bucket, key, uploadId, CancellationToken.None);
            }
            catch (AmazonServiceException)
            {
                // The bucket's lifecycle rule for incomplete uploads (README) frees what this could not.
            }
            catch (HttpRequestException)
            {
                // Same: the service is unreachable; its lifecycle rule cleans up.
            }
            throw;
        }
    }
}
