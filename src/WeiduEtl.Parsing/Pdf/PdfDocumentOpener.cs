using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// Opens a page PDF or says in one sentence why it cannot be: not a PDF, cut off, encrypted, damaged, empty or
/// too long. PdfPig's own exceptions never leave this class.
/// </summary>
internal static class PdfDocumentOpener
{
    // The spec allows junk before the header; 1 KiB covers what real files carry. Junk after %%EOF: PdfEnding.
    private const int HeaderWindow = 1024;

    public static PdfDocument Open(byte[] content)
    {
        CheckBytes(content);
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(content, new ParsingOptions
            {
                UseLenientParsing = true,
                SkipMissingFonts = true,
                MaxStackDepth = PdfLimits.MaxStackDepth,
            });
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentRejectedException("the PDF is encrypted and needs a password to open; ask the publisher for an unprotected file", ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw PdfDamage.WhileOpening(ex);
        }
        try
        {
            CheckPages(document.NumberOfPages);
            document.AddPageFactory<TextLayerPage, TextLayerPageFactory>();
            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    private static void CheckBytes(byte[] content)
    {
        if (content.Length == 0)
        {
            throw new DocumentRejectedException("the file is empty (0 bytes)");
        }
        var head = content.AsSpan(0, Math.Min(content.Length, HeaderWindow));
        if (head.IndexOf("%PDF-"u8) < 0)
        {
            throw new DocumentRejectedException("not a PDF: no %PDF- header in the first 1 KiB (an HTML error page saved as .pdf?)");
        }
        if (PdfEnding.IsCutOff(content))
        {
            throw new DocumentRejectedException($"the PDF is truncated: no %%EOF marker after its last object ({content.Length:N0} bytes; a cut-off download?)");
        }
    }

    private static void CheckPages(int pages)
    {
        if (pages <= 0)
        {
            throw new DocumentRejectedException("the PDF has no pages");
        }
        if (pages > PdfLimits.MaxPages)
        {
            throw new DocumentRejectedException(
                $"the PDF has {pages} pages, more than the {PdfLimits.MaxPages} a newspaper page or issue can have; split it or check the source");
        }
    }
}
