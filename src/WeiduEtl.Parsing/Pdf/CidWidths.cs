using UglyToad.PdfPig;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// The advance widths of a Type 0 font whose encoding is Identity-H (character code = CID), read from its CIDFont's /W
/// and /DW exactly as PdfPig reads them: the first box asked of an embedded TrueType CIDFont parses every glyph outline
/// of the font, for Chromium's CJK fonts most of the cost of showing text.
/// </summary>
internal sealed class CidWidths(Dictionary<int, double> widths, double defaultWidth) : AdvanceWidths
{
    public override bool TryGetAdvance(int code, out double width)
    {
        width = (widths.TryGetValue(code, out var given) ? given : defaultWidth) / 1000.0;
        return true;
    }

    /// <summary>The widths of a Type 0 font whose encoding is Identity-H; null for any other Type 0 font.</summary>
    public static CidWidths? Of(DictionaryToken dictionary, IPdfTokenScanner scanner)
    {
        if (!dictionary.TryGet(NameToken.Encoding, out var encoding) || !NameToken.IdentityH.Equals(encoding)
            || FirstDescendant(dictionary, scanner) is not { } descendant)
        {
            return null;
        }
        var defaultWidth = descendant.TryGet(NameToken.Dw, scanner, out NumericToken? dw) ? dw.Double : 1000;
        return new CidWidths(Read(descendant, scanner), defaultWidth);
    }

    private static DictionaryToken? FirstDescendant(DictionaryToken font, IPdfTokenScanner scanner) =>
        font.TryGet(NameToken.DescendantFonts, out var value) && value is ArrayToken { Length: > 0 } array
            ? array.Data[0] switch
            {
                IndirectReferenceToken reference => DirectObjectFinder.Get<DictionaryToken>(reference, scanner),
                DictionaryToken direct => direct,
                _ => null,
            }
            : null;

    // PdfPig's CidFontFactory.ReadWidths: "c [w1 w2 …]" and "cfirst clast w".
    private static Dictionary<int, double> Read(DictionaryToken cidFont, IPdfTokenScanner scanner)
    {
        var widths = new Dictionary<int, double>();
        if (!cidFont.TryGet(NameToken.W, scanner, out ArrayToken? array))
        {
            return widths;
        }
        var data = array.Data;
        var at = 0;
        while (at < data.Count)
        {
            var first = DirectObjectFinder.Get<NumericToken>(data[at++], scanner)!.Int;
            var next = data[at++];
            if (DirectObjectFinder.TryGet(next, scanner, out ArrayToken? run))
            {
                for (var i = 0; i < run.Data.Count; i++)
                {
                    widths[first + i] = DirectObjectFinder.Get<NumericToken>(run.Data[i], scanner)!.Double;
                }
            }
            else
            {
                var last = DirectObjectFinder.Get<NumericToken>(next, scanner)!.Int;
                var width = DirectObjectFinder.Get<NumericToken>(data[at++], scanner)!.Double;
                for (var code = first; code <= last; code++)
                {
                    widths[code] = width;
                }
            }
        }
        return widths;
    }
}
