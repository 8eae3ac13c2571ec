using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.XObjects;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// A page as the layout needs it: its letters, its pictures, its rules and its height. <see cref="TextLayerPageFactory"/> makes
/// it instead of PdfPig's <c>Page</c>, which also builds every path, glyph outline box and marked-content tree.
/// </summary>
internal sealed class TextLayerPage(
    int number,
    double height,
    IReadOnlyList<PageLetter> letters,
    IReadOnlyList<PageImageRecord> images,
    IReadOnlyList<HorizontalRule> rules,
    IPdfTokenScanner scanner,
    ILookupFilterProvider filters,
    IResourceStore resources)
{
    public int Number => number;

    /// <summary>The visible height, as PdfPig's <c>Page.Height</c>: the crop box turned by the page's rotation.</summary>
    public double Height => height;

    public IReadOnlyList<PageLetter> Letters => letters;

    /// <summary>The thin horizontal lines the page draws (rules between stories), in page space.</summary>
    public IReadOnlyList<HorizontalRule> Rules => rules;

    /// <summary>The page's pictures in drawing order, read (and their XObjects decoded) only when asked for.</summary>
    public IEnumerable<IPdfImage> GetImages()
    {
        foreach (var image in images)
        {
            yield return image.XObject is { } xObject
                ? XObjectFactory.ReadImage(xObject, scanner, filters, resources)
                : image.Inline!;
        }
    }

    /// <summary>Opens a page of a document that <see cref="PdfDocumentOpener"/> opened.</summary>
    public static TextLayerPage Read(PdfDocument document, int number) => document.GetPage<TextLayerPage>(number);
}
