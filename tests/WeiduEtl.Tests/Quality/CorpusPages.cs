using System.Collections.Concurrent;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Pdf;
using WeiduEtl.Parsing.Text;

namespace WeiduEtl.Tests.Quality;

/// <summary>
/// The corpus pages copied beside the test binaries, each parsed once for every test that reads it (the scores and
/// the parser-version fingerprint read the same pages).
/// </summary>
internal static class CorpusPages
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Quality", "Corpus");

    private static readonly TextIssueParser TextParser = new();
    private static readonly PdfIssueParser PdfParser = new();
    private static readonly ConcurrentDictionary<string, Lazy<ParsedIssue>> Parsed = new(StringComparer.Ordinal);

    /// <summary>The page files of one rendering (text, pdf-a, pdf-b) in name order.</summary>
    public static IEnumerable<string> Files(string rendering) =>
        Directory.EnumerateFiles(Path.Combine(Folder, rendering)).Order(StringComparer.Ordinal);

    public static ParsedIssue Parse(string file) => Parsed.GetOrAdd(file, f => new Lazy<ParsedIssue>(() =>
    {
        var mediaType = MediaTypes.FromFileName(f);
        var document = new SourceDocument(Path.GetFileName(f), File.ReadAllBytes(f), mediaType);
        return mediaType == MediaTypes.Pdf ? PdfParser.Parse(document) : TextParser.Parse(document);
    })).Value;
}
