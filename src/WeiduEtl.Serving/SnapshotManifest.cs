using System.Text.Json;

namespace WeiduEtl.Serving;

/// <summary>What a snapshot's datapackage.json says: title, licences, previous snapshot and its resources.</summary>
internal sealed record SnapshotManifest(
    string? Title,
    string? Created,
    string? PreviousSnapshotId,
    IReadOnlyList<(string Name, string? Path)> Licenses,
    IReadOnlyList<ManifestResource> Resources)
{
    public const string FileName = "datapackage.json";

    /// <summary>The parser's measured quality the package carries, per rendering of its scoring corpus.</summary>
    public IReadOnlyList<ManifestQuality> Quality { get; init; } = [];

    public ManifestResource? Find(string relativePath) =>
        Resources.FirstOrDefault(r => string.Equals(r.Path, relativePath, StringComparison.Ordinal));

    /// <summary>Null when the file is missing or not a readable data package.</summary>
    public static SnapshotManifest? TryRead(string snapshotFolder)
    {
        try
        {
            using var stream = File.OpenRead(Path.Combine(snapshotFolder, FileName));
            return TryParse(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Null when the bytes are not a readable data package.</summary>
    public static SnapshotManifest? TryParse(Stream stream)
    {
        try
        {
            using var document = JsonDocument.Parse(stream);
            var root = document.RootElement;
            var licenses = root.TryGetProperty("licenses", out var l) && l.ValueKind == JsonValueKind.Array
                ? l.EnumerateArray().Select(x => (Text(x, "name") ?? "", Text(x, "path"))).ToList()
                : [];
            var resources = root.TryGetProperty("resources", out var r) && r.ValueKind == JsonValueKind.Array
                ? r.EnumerateArray().SelectMany(FilesListed).ToList()
                : [];
            return new SnapshotManifest(Text(root, "title"), Text(root, "created"), Text(root, "previous_snapshot_id"), licenses, resources)
            {
                Quality = ManifestQuality.Read(root),
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// The files one resource lists: its one <c>path</c>, or for a table published one file per month (contract 1.3.0)
    /// each of its <c>parts</c>, with that file's own rows, size and hash.
    /// </summary>
    private static IEnumerable<ManifestResource> FilesListed(JsonElement r)
    {
        var fields = r.TryGetProperty("schema", out var schema) && schema.ValueKind == JsonValueKind.Object
            && schema.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Array
            ? f.EnumerateArray().Select(x => new ManifestField(
                Text(x, "name") ?? "",
                Text(x, "type") ?? "any",
                Text(x, "description"),
                x.TryGetProperty("constraints", out var c) && c.ValueKind == JsonValueKind.Object
                    && c.TryGetProperty("required", out var req) && req.ValueKind == JsonValueKind.True)).ToList()
            : [];
        if (Text(r, "path") is { } path)
        {
            return [FileOf(r, Text(r, "name") ?? path, path, fields)];
        }
        if (r.TryGetProperty("parts", out var parts) && parts.ValueKind == JsonValueKind.Array && Text(r, "name") is { } name)
        {
            return [.. parts.EnumerateArray().Where(p => Text(p, "path") is not null).Select(p => FileOf(p, name, Text(p, "path")!, fields) with
            {
                Title = Text(r, "title"),
                Format = Text(r, "format"),
            })];
        }
        return [];
    }

    private static ManifestResource FileOf(JsonElement e, string name, string path, IReadOnlyList<ManifestField> fields)
    {
        var hash = Text(e, "hash");
        var sha = hash is not null && hash.StartsWith("sha256:", StringComparison.Ordinal) ? hash["sha256:".Length..] : null;
        return new ManifestResource(name, path, Text(e, "title"), Text(e, "format"), Number(e, "bytes"), sha,
            Number(e, "rows") is { } rows ? (int)rows : null, fields);
    }

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static long? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n : null;
}
