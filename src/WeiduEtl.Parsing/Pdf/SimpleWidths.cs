using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// The /FirstChar and /Widths of a simple TrueType or Type 1 font, which PdfPig's <c>TrueTypeSimpleFont</c> and
/// <c>Type1FontSimple</c> give as a code's width whenever the code is in their range. PdfPig still computes the box of
/// the glyph's outline first (a Type 1 or CFF charstring run, a TrueType glyf read): LibreOffice's pages, for instance.
/// </summary>
internal sealed class SimpleWidths(int firstChar, double[] widths, bool trueType) : AdvanceWidths
{
    // TrueTypeSimpleFont scales a /Widths entry by this matrix, Type1FontSimple divides it by 1000; the two can differ in
    // the last bit, and the letters must be PdfPig's to the last bit.
    private static readonly TransformationMatrix TrueTypeScale = TransformationMatrix.FromValues(1 / 1000.0, 0, 0, 1 / 1000.0, 0, 0);

    public override bool TryGetAdvance(int code, out double width)
    {
        var index = code - firstChar;
        if (index < 0 || index >= widths.Length)
        {
            width = 0;
            return false;
        }
        width = trueType ? TrueTypeScale.TransformX(widths[index]) : widths[index] / 1000.0;
        return true;
    }

    /// <summary>
    /// Null unless PdfPig made the font a <c>TrueTypeSimpleFont</c> or <c>Type1FontSimple</c> (the other simple fonts,
    /// standard 14 metrics among them, take widths elsewhere) from a dictionary with a direct /FirstChar and a /Widths.
    /// </summary>
    public static SimpleWidths? Of(IFont font, DictionaryToken dictionary, IPdfTokenScanner scanner)
    {
        // Both classes are internal to PdfPig; TextLayerPageTests compares every letter with PdfPig's on the committed PDFs.
        var trueType = font.GetType().Name == "TrueTypeSimpleFont";
        if ((!trueType && font.GetType().Name != "Type1FontSimple")
            || !dictionary.TryGet(NameToken.FirstChar, out var first) || first is not NumericToken firstChar
            || !dictionary.TryGet(NameToken.Widths, out var widths))
        {
            return null;
        }
        return new SimpleWidths(firstChar.Int, Read(widths, scanner), trueType);
    }

    // PdfPig's FontDictionaryAccessHelper.GetWidths.
    private static double[] Read(IToken token, IPdfTokenScanner scanner)
    {
        if (DirectObjectFinder.Get<ArrayToken>(token, scanner) is not { } array)
        {
            return [];
        }
        var result = new double[array.Data.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (array.Data[i] as NumericToken ?? DirectObjectFinder.Get<NumericToken>(array.Data[i], scanner)!).Double;
        }
        return result;
    }
}
