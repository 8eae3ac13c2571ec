using System.Text.Json.Nodes;

namespace WeiduEtl.Publishing.Quality;

/// <summary>
/// How well this release's parser finds articles on pages it was not written for, as measured by <c>quality --release</c>
/// before the release and embedded in it (parser-quality.json): every snapshot's datapackage.json carries it as
/// <c>quality</c>, so a consumer knows how far to trust the articles table. A test keeps the file equal to what the
/// parser scores now.
/// </summary>
public static class ParserQuality
{
    private const string ResourceName = "WeiduEtl.Publishing.Quality.parser-quality.json";

    private static readonly Lazy<string> Text = new(() =>
    {
        using var stream = typeof(ParserQuality).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>A fresh copy of the measured scores, to place in a JSON document.</summary>
    public static JsonNode Load() => JsonNode.Parse(Text.Value)!;
}
