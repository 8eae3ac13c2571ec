using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Profiles;
using WeiduEtl.Parsing.Layout;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// Parses a page PDF (or a whole issue) with PdfPig: each page's layout becomes blocks in reading order
/// (<see cref="PageLayoutAnalyzer"/>), the shared <see cref="PageAssembler"/> reads them into articles exactly
/// as it reads a text page, and the layout's geometry then gives every article its bbox and every photo its
/// picture. Pages are read one at a time and dropped, so memory follows the largest page, not the file.
/// </summary>
public sealed class PdfIssueParser : IIssueParser
{
    public string Version => "pdf-1.60";

    public bool CanParse(string mediaType) => mediaType == MediaTypes.Pdf;

    public ParsedIssue Parse(SourceDocument document, PressProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lexicon = PressLexicon.For(profile);
        using var pdf = PdfDocumentOpener.Open(document.Content);
        var warnings = new List<string>();
        var normalizer = new CjkTextNormalizer();
        var pages = new List<PageLayout>(pdf.NumberOfPages);
        for (var number = 1; number <= pdf.NumberOfPages; number++)
        {
            pages.Add(AnalyzePage(pdf, number, normalizer, lexicon, warnings));
        }
        if (normalizer.StrippedReport() is { } stripped)
        {
            warnings.Add(stripped);
        }

        var blocks = pages.SelectMany(p => p.Blocks).ToList();
        var assembled = blocks.Count > 0
            ? PageAssembler.Assemble(blocks, lexicon)
            : new ParsedIssue(null, null, pdf.NumberOfPages, [], [], []);
        var placed = ArticleGeometry.Attach(assembled, pages, lexicon);
        return placed with
        {
            PageLabel = pages.Select(p => p.PageLabel).FirstOrDefault(l => l is not null) ?? assembled.PageLabel,
            IssueDate = pages.Select(p => p.IssueDate).FirstOrDefault(d => d is not null) ?? assembled.IssueDate,
            PageCount = pdf.NumberOfPages,
            Warnings = [.. assembled.Warnings, .. warnings],
        };
    }

    // PdfPig reads a page's content lazily and can fail anywhere in it; every such failure becomes a rejection.
    private static PageLayout AnalyzePage(UglyToad.PdfPig.PdfDocument pdf, int number, CjkTextNormalizer normalizer, PressLexicon lexicon, List<string> warnings)
    {
        try
        {
            return PageLayoutAnalyzer.Analyze(TextLayerPage.Read(pdf, number), number, normalizer, lexicon, warnings);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or DocumentRejectedException))
        {
            throw PdfDamage.OnPage(number, ex);
        }
    }
}
