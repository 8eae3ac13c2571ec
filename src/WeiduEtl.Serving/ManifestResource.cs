namespace WeiduEtl.Serving;

/// <summary>One file datapackage.json lists: its path in the snapshot, size, sha256, rows and schema.</summary>
internal sealed record ManifestResource(
    string Name,
    string Path,
    string? Title,
    string? Format,
    long? Bytes,
    string? Sha256,
    int? Rows,
    IReadOnlyList<ManifestField> Fields)
{
    /// <summary>The table a file belongs to: "articles" for both articles.csv and articles-json.</summary>
    public string Table => Name.EndsWith("-json", StringComparison.Ordinal) ? Name[..^"-json".Length] : Name;
}
