using System.Text.Json;
using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Figures.Quality;

/// <summary>
/// One page's hand labels as written in tests/fixtures/figures/labels/&lt;page&gt;.json (format and conventions in that
/// folder's README). Parsing is pure: the caller reads the file.
/// </summary>
/// <param name="HeldOut">Whether the page was kept out of rule writing.</param>
public sealed record FigureLabelSet(string Page, bool HeldOut, IReadOnlyList<LabelledArticle> Articles)
{
    /// <exception cref="FormatException">The JSON lacks a field or holds an unknown qualifier; the message names it.</exception>
    public static FigureLabelSet Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var page = Field(root, "page").GetString()!;
        var articles = Field(root, "articles").EnumerateArray().Select(a => new LabelledArticle(
            page,
            Field(a, "index").GetInt32(),
            [.. Field(a, "figures").EnumerateArray().Select(ReadFigure)],
            [.. Field(a, "never").EnumerateArray().Select(n => n.GetString()!)])).ToList();
        return new FigureLabelSet(page, Field(root, "held_out").GetBoolean(), articles);
    }

    private static LabelledFigure ReadFigure(JsonElement f)
    {
        var qualifier = Field(f, "qualifier").GetString()!;
        if (!Enum.TryParse<FigureQualifier>(qualifier.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var parsed))
        {
            throw new FormatException($"figure labels: unknown qualifier \"{qualifier}\"");
        }
        return new LabelledFigure(
            Field(f, "text").GetString()!,
            Field(f, "value").GetDecimal(),
            Field(f, "unit").GetString()!,
            parsed,
            Field(f, "label").GetString(),
            f.TryGetProperty("head", out var head) ? head.GetString() : null);
    }

    private static JsonElement Field(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value : throw new FormatException($"figure labels: missing field \"{name}\"");
}
