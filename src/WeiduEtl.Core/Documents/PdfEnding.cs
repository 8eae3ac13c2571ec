namespace WeiduEtl.Core.Documents;

/// <summary>
/// Whether a PDF's bytes end where a PDF ends. Readers accept bytes after the last <c>%%EOF</c> (padding, a
/// signature, a mail client's footer), so only a file without one, or whose last <c>%%EOF</c> is followed by more
/// PDF objects (an incremental update cut off part way), is cut off.
/// </summary>
public static class PdfEnding
{
    private static readonly byte[][] PdfSyntax = ["endobj"u8.ToArray(), "startxref"u8.ToArray(), "xref"u8.ToArray(), " obj"u8.ToArray()];

    public static bool IsCutOff(ReadOnlySpan<byte> content)
    {
        var end = content.LastIndexOf("%%EOF"u8);
        if (end < 0)
        {
            return true;
        }
        var after = content[(end + "%%EOF"u8.Length)..];
        foreach (var syntax in PdfSyntax)
        {
            if (after.IndexOf(syntax) >= 0)
            {
                return true;
            }
        }
        return false;
    }
}
