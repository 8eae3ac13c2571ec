using System.Security.Cryptography;

namespace WeiduEtl.ObjectStorage.Archive;

/// <summary>Sources in a local (or mounted) folder; written to a temporary name and renamed, so a key is whole or absent.</summary>
public sealed class FolderSourceArchive(string folder) : SourceArchive
{
    public override string Location => folder;

    public override async Task<string> PutAsync(byte[] content, string mediaType, CancellationToken cancellationToken)
    {
        var key = Key(Convert.ToHexStringLower(SHA256.HashData(content)), mediaType);
        var path = Path.Combine(folder, key);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            await File.WriteAllBytesAsync(temporary, content, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        return key;
    }

    protected override async Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, key);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }
}
