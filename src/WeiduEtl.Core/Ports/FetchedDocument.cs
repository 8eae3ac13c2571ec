using WeiduEtl.Core.Documents;

namespace WeiduEtl.Core.Ports;

/// <summary>What a source yields for each thing it tried to fetch: the document, or why it could not be had.</summary>
public sealed record FetchedDocument(string SourceUri, SourceDocument? Document, string? Error)
{
    public static FetchedDocument Ok(SourceDocument document) => new(document.SourceUri, document, null);

    public static FetchedDocument Failed(string sourceUri, string error) => new(sourceUri, null, error);
}
