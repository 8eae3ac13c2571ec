using System.Text.Json;
using WeiduEtl.Publishing.Writers;

namespace WeiduEtl.Publishing.Partitions;

/// <summary>
/// The partition files the previous snapshot's datapackage.json lists (its resources' <c>parts</c>), by path, for
/// reuse: a file is taken over only when its fingerprint matches and it is still there with its recorded size.
/// </summary>
internal sealed class PreviousParts
{
    private readonly string? _folder;
    private readonly Dictionary<string, Part> _parts;

    private PreviousParts(string? folder, Dictionary<string, Part> parts)
    {
        _folder = folder;
        _parts = parts;
    }

    public static PreviousParts None { get; } = new(null, []);

    /// <summary>Nothing to reuse when the snapshot has no readable datapackage.json or no parts: every file is written.</summary>
    public static PreviousParts Read(string? snapshotFolder)
    {
        var manifest = snapshotFolder is null ? null : Path.Combine(snapshotFolder, "datapackage.json");
        if (manifest is null || !File.Exists(manifest))
        {
            return None;
        }
        var parts = new Dictionary<string, Part>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(manifest));
            foreach (var resource in document.RootElement.GetProperty("resources").EnumerateArray())
            {
                if (!resource.TryGetProperty("parts", out var list))
                {
                    continue;
                }
                foreach (var part in list.EnumerateArray())
                {
                    var path = part.GetProperty("path").GetString()!;
                    parts[path] = new Part(path, part.GetProperty("fingerprint").GetString()!, part.GetProperty("bytes").GetInt64(),
                        part.GetProperty("hash").GetString()!["sha256:".Length..], part.GetProperty("rows").GetInt32());
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentOutOfRangeException or NullReferenceException)
        {
            // An unreadable manifest only costs the reuse: the publish writes every file afresh.
            return None;
        }
        return new PreviousParts(snapshotFolder, parts);
    }

    /// <summary>The previous file at this path if it was made from the same fingerprint and is still whole; else null.</summary>
    public (string Path, Part Part)? Find(string relativePath, string fingerprint)
    {
        if (_folder is null || !_parts.TryGetValue(relativePath, out var part) || part.Fingerprint != fingerprint)
        {
            return null;
        }
        var path = Path.Combine(_folder, relativePath);
        return File.Exists(path) && new FileInfo(path).Length == part.Bytes ? (path, part) : null;
    }

    /// <summary>
    /// Whether the previous snapshot holds a file at this path with exactly these bytes (a month rewritten by a new
    /// build that came out the same): the change feed need not read either side of it.
    /// </summary>
    public bool HasSameBytes(PublishedFile file) =>
        _folder is not null && _parts.TryGetValue(file.RelativePath, out var part) && part.Sha256 == file.Sha256 && part.Bytes == file.Bytes;

    internal sealed record Part(string RelativePath, string Fingerprint, long Bytes, string Sha256, int Rows);
}
