using WeiduEtl.Parsing.Entities.Quality;

namespace WeiduEtl.Parsing.Figures.Quality;

/// <summary>A page's figure labels with the bodies of the page's articles, by index.</summary>
public sealed record FigureLabelPage(FigureLabelSet Labels, IReadOnlyList<string> Bodies)
{
    /// <summary>
    /// Reads a figure-label folder (tests/fixtures/figures): labels/&lt;page&gt;.json and pages/&lt;page&gt;.json, the
    /// corpus page they label.
    /// </summary>
    /// <exception cref="FormatException">A label or page file is missing or malformed; the message names the file.</exception>
    public static IReadOnlyList<FigureLabelPage> ReadFolder(string folder) =>
        [.. Directory.GetFiles(Path.Combine(folder, "labels"), "*.json").Order(StringComparer.Ordinal).Select(path =>
        {
            var labels = Read(path, FigureLabelSet.Parse);
            return new FigureLabelPage(labels, Read(Path.Combine(folder, "pages", labels.Page + ".json"), TruthBodies.Parse));
        })];

    private static T Read<T>(string path, Func<string, T> parse)
    {
        if (!File.Exists(path))
        {
            throw new FormatException($"{path}: no such file; each labels/<page>.json needs the page it labels as pages/<page>.json (the page's corpus truth file, copied as it is)");
        }
        try
        {
            return parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"{path}: {e.Message}; fix the file (format in tests/fixtures/figures/README.md)", e);
        }
    }
}
