namespace WeiduEtl.Sources.Epaper;

/// <summary>A PDF to download: the date it belongs to and the page that links to it.</summary>
internal sealed record PdfTarget(DateOnly Date, string PageUrl, string PageLabel, string PdfUrl);
