using WeiduEtl.Core.Documents;

namespace WeiduEtl.Core.Ports;

/// <summary>
/// What a source yields for each thing it tried to fetch: the document, why it could not be had, or that it is the
/// same as the content the store already holds (<see cref="UnchangedSha256"/>), known without reading it again.
/// </summary>
public sealed record FetchedDocument(string SourceUri, SourceDocument? Document, string? Error, string? UnchangedSha256 = null)
{
    public static FetchedDocument Ok(SourceDocument document) => new(document.SourceUri, document, null);

    public static FetchedDocument Failed(string sourceUri, string error) => new(sourceUri, null, error);

    /// <summary>
    /// The document has not changed since it was read with this sha256, and the store holds that content: the pass
    /// records it as unchanged without its bytes. A source yields this only after checking the store.
    /// </summary>
    public static FetchedDocument Unchanged(string sourceUri, string sha256) => new(sourceUri, null, null, sha256);
}
