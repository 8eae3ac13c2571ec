using System.Text.Json;
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
        var labels = FigureLabelSet.Parse(File.ReadAllText(labelPath));
        using var page = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "pages", labels.Page + ".json")));
        var bodies = page.RootElement.GetProperty("articles").EnumerateArray()
            .Select(a => string.Join('\n', a.GetProperty("body").EnumerateArray().Select(p => p.GetString())))
            .ToList();
        return new LabelledPage(labels.Page, labels.HeldOut, [.. labels.Articles.Select(a => (a, bodies[a.Index]))]);
    }
}
