namespace WeiduEtl.Core.Documents;

/// <summary>
/// One source document as fetched: a page PDF or a page's text, with the bytes exactly as they arrived.
/// </summary>
/// <param name="SourceUri">Where it came from: a path relative to the config folder, or a URL.</param>
/// <param name="Content">The raw bytes; parsers decode them.</param>
/// <param name="MediaType">text/plain or application/pdf.</param>
/// <param name="IssueDate">The issue date when the source knows it (an e-paper URL), else null.</param>
public sealed record SourceDocument(string SourceUri, byte[] Content, string MediaType, DateOnly? IssueDate = null)
{
    /// <summary>Lower-case hex sha256 of <see cref="Content"/>.</summary>
    public string Sha256 { get; } = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Content));

    /// <summary>The file name part of <see cref="SourceUri"/>, for messages.</summary>
    public string FileName => SourceUri[(SourceUri.LastIndexOfAny(['/', '\\']) + 1)..];
}
