using System.Text.Json;

namespace WeiduEtl.Serving;

/// <summary>One rendering's line of a datapackage's <c>quality</c>: how well the parser found articles there.</summary>
internal sealed record ManifestQuality(string Rendering, double? Found, double? Extra, double? Headers, double? BodyEnds, double? HeldOutFound)
{
    /// <summary>The lines of <c>quality.renderings</c>, or none when the package has no quality.</summary>
    public static IReadOnlyList<ManifestQuality> Read(JsonElement root)
    {
        if (!root.TryGetProperty("quality", out var quality) || quality.ValueKind != JsonValueKind.Object
            || !quality.TryGetProperty("renderings", out var renderings) || renderings.ValueKind != JsonValueKind.Array)
        {
            return [];
        }
        return renderings.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object).Select(r => new ManifestQuality(
            r.TryGetProperty("rendering", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString()! : "?",
            Rate(r, "all", "articles_found"),
            Rate(r, "all", "extra_items"),
            Rate(r, "all", "header_lines_right"),
            Rate(r, "all", "body_ends_right"),
            Rate(r, "held_out_days_scores", "articles_found"))).ToList();
    }

    private static double? Rate(JsonElement rendering, string group, string name) =>
        rendering.TryGetProperty(group, out var scores) && scores.ValueKind == JsonValueKind.Object
        && scores.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
