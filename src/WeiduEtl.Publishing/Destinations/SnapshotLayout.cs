namespace WeiduEtl.Publishing.Destinations;

/// <summary>The layout under an output, the same in a folder and under an S3 prefix.</summary>
internal static class SnapshotLayout
{
    public const string SnapshotsFolder = "snapshots";

    /// <summary>Written last into a snapshot on object storage: a snapshot without it is unfinished.</summary>
    public const string Manifest = "datapackage.json";

    public static string MediaType(string relativePath) => Path.GetExtension(relativePath).ToLowerInvariant() switch
    {
        ".csv" => "text/csv; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".parquet" => "application/vnd.apache.parquet",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        _ => "application/octet-stream",
    };
}
