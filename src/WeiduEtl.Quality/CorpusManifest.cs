using System.Text.Json;

namespace WeiduEtl.Quality;

/// <summary>
/// What a corpus folder says of itself in its <c>corpus.json</c>: a description for the published scores and the
/// days kept out of rule-writing. A folder without the file is described by its name and holds nothing out.
/// </summary>
public sealed record CorpusManifest(string Description, IReadOnlyList<string> HeldOutDays)
{
    public const string FileName = "corpus.json";

    public static CorpusManifest Read(string corpusDirectory)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(corpusDirectory));
        var path = Path.Combine(corpusDirectory, FileName);
        if (!File.Exists(path))
        {
            return new CorpusManifest(name, []);
        }
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = json.RootElement;
        var description = root.TryGetProperty("description", out var d) ? d.GetString() ?? name : name;
        var days = root.TryGetProperty("held_out_days", out var list) ? list.EnumerateArray().Select(e => e.GetString() ?? "").ToList() : [];
        return new CorpusManifest(description, days);
    }
}
