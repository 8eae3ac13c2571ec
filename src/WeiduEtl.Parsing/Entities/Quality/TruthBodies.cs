using System.Text;
using System.Text.Json;

namespace WeiduEtl.Parsing.Entities.Quality;

/// <summary>The article bodies of a corpus truth page (truth/&lt;page&gt;.json): paragraphs joined by \n, as the pipeline joins them, in NFC.</summary>
public static class TruthBodies
{
    /// <exception cref="FormatException">The JSON has no articles with bodies.</exception>
    public static IReadOnlyList<string> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("articles", out var articles))
        {
            throw new FormatException("truth page: missing field \"articles\"");
        }
        return [.. articles.EnumerateArray().Select(a => string.Join('\n', a.GetProperty("body").EnumerateArray().Select(p => p.GetString())).Normalize(NormalizationForm.FormC))];
    }
}
