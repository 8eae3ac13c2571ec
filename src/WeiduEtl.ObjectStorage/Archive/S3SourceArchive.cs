using System.Security.Cryptography;

namespace WeiduEtl.ObjectStorage.Archive;

/// <summary>Sources under an S3 prefix, each a verified PUT; a key already there is not sent again.</summary>
public sealed class S3SourceArchive(ObjectStore store) : SourceArchive
{
    public override string Location => store.Location.ToString();

    public override async Task<string> PutAsync(byte[] content, string mediaType, CancellationToken cancellationToken)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        var key = Key(sha, mediaType);
        if (await store.HeadAsync(key, cancellationToken) is not { } head || head.Length != content.Length)
        {
            await store.WriteAsync(key, content, mediaType, null, cancellationToken);
        }
        return key;
    }

    protected override Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken) => store.ReadAsync(key, cancellationToken);
}
