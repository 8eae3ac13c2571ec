namespace WeiduEtl.Sources.Epaper;

/// <summary>An HTML page's relevant links (page and PDF links), fresh or remembered from an unchanged page.</summary>
/// <param name="Status">Ok (fresh or remembered), NotFound or Failed.</param>
/// <param name="Links">The links matching pageLinks or pdfLinks.</param>
/// <param name="Error">Why the page could not be read.</param>
/// <param name="RedirectedTo">Where the server sent the request instead, when it ended on another path.</param>
internal sealed record LinksResult(DownloadStatus Status, IReadOnlyList<PageLink> Links, string? Error, string? RedirectedTo = null);
