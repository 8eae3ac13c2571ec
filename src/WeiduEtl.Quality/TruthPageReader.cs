using System.Globalization;
using System.Text.Json;

namespace WeiduEtl.Quality;

/// <summary>Reads a truth file: <c>{"page", "date", "page_number", "articles": [{"head": [...], "body": [...]}]}</c>.</summary>
public static class TruthPageReader
{
    public static TruthPage Read(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = json.RootElement;
        var articles = root.GetProperty("articles").EnumerateArray()
            .Select(a => new TruthArticle(Strings(a, "head"), Strings(a, "body")))
            .ToList();
        return new TruthPage(
            root.TryGetProperty("page", out var page) ? page.GetString()! : Path.GetFileNameWithoutExtension(path),
            DateOnly.Parse(root.GetProperty("date").GetString()!, CultureInfo.InvariantCulture),
            root.TryGetProperty("page_number", out var number) ? number.GetInt32() : 0,
            articles);
    }

    private static List<string> Strings(JsonElement article, string name) =>
        article.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(e => e.GetString() ?? "").ToList() : [];
}
