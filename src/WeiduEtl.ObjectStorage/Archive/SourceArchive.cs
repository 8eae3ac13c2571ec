using System.Security.Cryptography;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Options;

namespace WeiduEtl.ObjectStorage.Archive;

/// <summary>
/// Fetched source bytes kept outside the database, content-addressed: <c>sources/ab/cd/&lt;sha256&gt;.pdf</c>
/// under a folder or an S3 prefix. The same bytes always land on the same key, so a write is idempotent and a
/// reader can check what it got against the name.
/// </summary>
public abstract class SourceArchive
{
    /// <summary>The location the operator configured (a folder or s3://bucket/prefix).</summary>
    public abstract string Location { get; }

    /// <summary>The key of some bytes under the archive.</summary>
    public static string Key(string sha256, string mediaType) =>
        $"sources/{sha256[..2]}/{sha256[2..4]}/{sha256}{(mediaType == MediaTypes.Pdf ? ".pdf" : ".txt")}";

    /// <summary>Stores the bytes unless the key is there already; returns the key.</summary>
    public abstract Task<string> PutAsync(byte[] content, string mediaType, CancellationToken cancellationToken);

    /// <summary>The bytes under a key, checked against the sha256 the key names.</summary>
    public async Task<byte[]> GetAsync(string key, CancellationToken cancellationToken)
    {
        var bytes = await ReadAsync(key, cancellationToken)
            ?? throw new FileNotFoundException($"{Location}/{key}: the archived source is missing; restore it from a backup or fetch the page again");
        var expected = Path.GetFileNameWithoutExtension(key);
        var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (actual != expected)
        {
            throw new InvalidDataException($"{Location}/{key}: the archived bytes hash to {actual}, not the {expected} they are filed under; the copy is damaged");
        }
        return bytes;
    }

    protected abstract Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>The archive a pipeline configures, or null when its sources stay in the database.</summary>
    public static SourceArchive? For(PipelineOptions pipeline, ObjectStores stores) => pipeline.SourceArchive switch
    {
        null or "" => null,
        var s3 when S3Location.IsS3(s3) => new S3SourceArchive(stores.For(pipeline.ObjectStore, S3Location.Parse(s3))),
        var folder => new FolderSourceArchive(folder),
    };
}
