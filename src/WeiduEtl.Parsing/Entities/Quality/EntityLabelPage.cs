namespace WeiduEtl.Parsing.Entities.Quality;

/// <summary>A page's entity labels with the bodies they label.</summary>
public sealed record EntityLabelPage(EntityLabelSet Labels, IReadOnlyList<string> Bodies)
{
    /// <summary>
    /// Reads an entity-label folder (tests/fixtures/entities) whose pages label corpus truth pages, with the bodies from
    /// <paramref name="truthFolder"/>; label sets of other sources (a seed dump) are left out.
    /// </summary>
    /// <exception cref="FormatException">A label or truth file is malformed or missing; the message names the file.</exception>
    public static IReadOnlyList<EntityLabelPage> ReadCorpusPages(string folder, string truthFolder) =>
        [.. Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal)
            .Select(path => Read(path, EntityLabelSet.Parse))
            .Where(labels => labels.CorpusPage is not null)
            .Select(labels => new EntityLabelPage(labels, Read(Path.Combine(truthFolder, labels.CorpusPage + ".json"), TruthBodies.Parse)))];

    private static T Read<T>(string path, Func<string, T> parse)
    {
        if (!File.Exists(path))
        {
            throw new FormatException($"{path}: no such file; an entity label set names a corpus truth page that must exist");
        }
        try
        {
            return parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"{path}: {e.Message}; fix the file (conventions in tests/fixtures/entities/README.md)", e);
        }
    }
}
