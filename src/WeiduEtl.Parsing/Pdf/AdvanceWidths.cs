using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// A font's advance widths read from its dictionary as PdfPig reads them. PdfPig gives a letter's width only together
/// with its glyph box (<c>IFont.GetBoundingBox</c>), and the first box of each code in an embedded font runs that glyph's
/// outline program: for the layout, which reads the advance only, the costliest part of showing text.
/// </summary>
internal abstract class AdvanceWidths
{
    /// <summary>The advance of a code in text space units, as <c>IFont.GetBoundingBox(code).Width</c>; false where only the box says.</summary>
    public abstract bool TryGetAdvance(int code, out double width);

    /// <summary>The widths of an Identity-H Type 0 font or of an embedded simple TrueType or Type 1 font; null for any other.</summary>
    public static AdvanceWidths? Of(IFont font, IPdfTokenScanner scanner)
    {
        if (font.Details?.FontDictionaryReference is not { } reference)
        {
            return null;
        }
        try
        {
            var dictionary = DirectObjectFinder.Get<DictionaryToken>(reference, scanner);
            if (dictionary is null || !dictionary.TryGet(NameToken.Subtype, out var subtype))
            {
                return null;
            }
            return NameToken.Type0.Equals(subtype) ? CidWidths.Of(dictionary, scanner) : SimpleWidths.Of(font, dictionary, scanner);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // PdfPig read this font; whatever puzzles this reading, its own glyph boxes still give the widths.
            return null;
        }
    }
}
