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
    /// <summary>The table a file belongs to: "articles" for articles.csv, articles-json and articles-parquet.</summary>
    public string Table => FormatSuffixes.FirstOrDefault(s => Name.EndsWith(s, StringComparison.Ordinal)) is { } suffix ? Name[..^suffix.Length] : Name;

    private static readonly string[] FormatSuffixes = ["-json", "-parquet"];
}
