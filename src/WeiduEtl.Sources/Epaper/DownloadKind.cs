namespace WeiduEtl.Sources.Epaper;

/// <summary>What a download is expected to be; a PDF is checked for its header and its %%EOF.</summary>
internal enum DownloadKind
{
    Html,
    Pdf,
}
