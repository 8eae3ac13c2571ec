using Microsoft.AspNetCore.StaticFiles;

namespace WeiduEtl.Serving;

/// <summary>Content types of published files; text always says it is UTF-8, as the contract promises.</summary>
internal static class ContentTypes
{
    public const string Json = "application/json; charset=utf-8";
    public const string Csv = "text/csv; charset=utf-8";
    public const string Html = "text/html; charset=utf-8";
    public const string Prometheus = "text/plain; version=0.0.4; charset=utf-8";

    private static readonly FileExtensionContentTypeProvider Known = new();

    public static string For(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => Csv,
        ".json" => Json,
        ".txt" or ".md" => "text/plain; charset=utf-8",
        _ => Known.TryGetContentType(path, out var type) ? type : "application/octet-stream",
    };
}
