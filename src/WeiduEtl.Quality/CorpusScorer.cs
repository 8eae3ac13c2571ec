using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Quality;

/// <summary>
/// Scores one rendering of a corpus (<c>text</c>, <c>pdf-a</c>…): every page file in <c>DIR/SET/</c> is parsed by the
/// given function and scored against <c>DIR/truth/&lt;page&gt;.json</c>. A page the parser refuses scores as no items.
/// </summary>
public static class CorpusScorer
{
    public static SetQuality Score(string corpusDirectory, string set, Func<string, ParsedIssue> parse, IReadOnlySet<DateOnly> heldOutDays)
    {
        var setDirectory = Path.Combine(corpusDirectory, set);
        if (!Directory.Exists(setDirectory))
        {
            throw new DirectoryNotFoundException($"{setDirectory}: no such rendering of the corpus");
        }
        var pages = new List<PageQuality>();
        foreach (var file in Directory.EnumerateFiles(setDirectory).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".pdf", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var truthFile = Path.Combine(corpusDirectory, "truth", Path.GetFileNameWithoutExtension(file) + ".json");
            if (!File.Exists(truthFile))
            {
                continue;
            }
            var truth = TruthPageReader.Read(truthFile);
            pages.Add(Score(truth, file, parse));
        }
        return new SetQuality(set, pages, heldOutDays);
    }

    private static PageQuality Score(TruthPage truth, string file, Func<string, ParsedIssue> parse)
    {
        try
        {
            return PageScorer.Score(truth, parse(file));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var empty = new ParsedIssue(null, null, 1, [], [], []);
            var scored = PageScorer.Score(truth, empty);
            return scored with { Differences = [$"refused: {ex.Message}", .. scored.Differences] };
        }
    }
}
