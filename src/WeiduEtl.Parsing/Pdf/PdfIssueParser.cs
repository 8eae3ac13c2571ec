using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>Parses a page PDF. (Placeholder: checks the file is a PDF, until the PDF parser lands.)</summary>
public sealed class PdfIssueParser : IIssueParser
{
    public string Version => "pdf-0.1";

    public bool CanParse(string mediaType) => mediaType == MediaTypes.Pdf;

    public ParsedIssue Parse(SourceDocument document)
    {
        if (!document.Content.AsSpan().StartsWith("%PDF-"u8))
        {
            throw new DocumentRejectedException("not a PDF: the file does not start with %PDF-");
        }
        throw new DocumentRejectedException("PDF pages are not supported yet");
    }
}
