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
                ? r.EnumerateArray().Select(Resource).OfType<ManifestResource>().ToList()
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

    private static ManifestResource? Resource(JsonElement r)
    {
        var path = Text(r, "path");
        if (path is null)
        {
            return null;
        }
        var hash = Text(r, "hash");
        var sha = hash is not null && hash.StartsWith("sha256:", StringComparison.Ordinal) ? hash["sha256:".Length..] : null;
        var fields = r.TryGetProperty("schema", out var schema) && schema.ValueKind == JsonValueKind.Object
            && schema.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Array
            ? f.EnumerateArray().Select(x => new ManifestField(
                Text(x, "name") ?? "",
                Text(x, "type") ?? "any",
                Text(x, "description"),
                x.TryGetProperty("constraints", out var c) && c.ValueKind == JsonValueKind.Object
                    && c.TryGetProperty("required", out var req) && req.ValueKind == JsonValueKind.True)).ToList()
            : [];
        return new ManifestResource(Text(r, "name") ?? path, path, Text(r, "title"), Text(r, "format"), Number(r, "bytes"), sha,
            Number(r, "rows") is { } rows ? (int)rows : null, fields);
    }

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static long? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n : null;
}
