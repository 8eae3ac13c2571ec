using System.Text.Json;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Figures.Quality;

namespace WeiduEtl.Tests.Parsing.Figures.Quality;

/// <summary>
/// Reads tests/fixtures/figures: labels/&lt;page&gt;.json (hand labels, by article index) and pages/&lt;page&gt;.json
/// (the corpus page they label). An article's body is its paragraphs joined by \n, as the pipeline joins them.
/// </summary>
public static class FigureLabelFixtures
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Parsing", "Figures", "Quality", "Fixtures");

    public static IReadOnlyList<LabelledPage> Load() =>
        [.. Directory.GetFiles(Path.Combine(Root, "labels"), "*.json").Order(StringComparer.Ordinal).Select(LoadPage)];

    private static LabelledPage LoadPage(string labelPath)
    {
        using var labels = JsonDocument.Parse(File.ReadAllText(labelPath));
        var name = labels.RootElement.GetProperty("page").GetString()!;
        using var page = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "pages", name + ".json")));
        var bodies = page.RootElement.GetProperty("articles").EnumerateArray()
            .Select(a => string.Join('\n', a.GetProperty("body").EnumerateArray().Select(p => p.GetString())))
            .ToList();
        var articles = labels.RootElement.GetProperty("articles").EnumerateArray().Select(a =>
        {
            var index = a.GetProperty("index").GetInt32();
            var figures = a.GetProperty("figures").EnumerateArray().Select(ReadFigure).ToList();
            var never = a.GetProperty("never").EnumerateArray().Select(n => n.GetString()!).ToList();
            return (new LabelledArticle(name, index, figures, never), bodies[index]);
        }).ToList();
        return new LabelledPage(name, labels.RootElement.GetProperty("held_out").GetBoolean(), articles);
    }

    private static LabelledFigure ReadFigure(JsonElement f) => new(
        f.GetProperty("text").GetString()!,
        f.GetProperty("value").GetDecimal(),
        f.GetProperty("unit").GetString()!,
        Enum.Parse<FigureQualifier>(f.GetProperty("qualifier").GetString()!.Replace("_", "", StringComparison.Ordinal), ignoreCase: true),
        f.GetProperty("label").GetString(),
        f.TryGetProperty("head", out var head) ? head.GetString() : null);
}
