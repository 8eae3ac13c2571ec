using WeiduEtl.Core.Documents;

namespace WeiduEtl.Core.Ports;

/// <summary>A source document the store already holds, for backfills.</summary>
public sealed record StoredSource(string IssueId, string SourceUri, string Sha256, string MediaType, string? IssueDate, string? IssueDateBasis, string ParserVersion, string? ParsedAt = null)
{
    /// <summary>
    /// The document to parse again from its stored bytes: an issue date taken from the source itself (a folder's file
    /// name, a feed's date) goes with it; one the parser read from the page it will read again.
    /// </summary>
    public SourceDocument Document(byte[] content)
    {
        DateOnly? sourceDate = IssueDateBasis == "source" && DateOnly.TryParse(IssueDate, out var d) ? d : null;
        return new SourceDocument(SourceUri, content, MediaType, sourceDate);
    }
}
