using System.Runtime.InteropServices;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// Sorts glyphs by one coordinate exactly as <c>List.Sort</c> with that comparison does (the same introsort sees the
/// same comparisons, so glyphs with equal keys end in the same order and the lines built from them do not change),
/// but moves 16-byte (key, index) pairs instead of the glyphs: sorting a page's glyphs by baseline was the largest
/// cost of <see cref="LineBuilder"/>.
/// </summary>
internal static class GlyphSort
{
    private static readonly Comparison<(double Key, int Index)> Ascending = (a, b) => a.Key.CompareTo(b.Key);
    private static readonly Comparison<(double Key, int Index)> Descending = (a, b) => b.Key.CompareTo(a.Key);

    public static void ByBaselineDescending(List<PdfGlyph> glyphs) => Sort(glyphs, static g => g.Baseline, Descending);

    public static void ByX0(List<PdfGlyph> glyphs) => Sort(glyphs, static g => g.X0, Ascending);

    private static void Sort(List<PdfGlyph> glyphs, Func<PdfGlyph, double> key, Comparison<(double Key, int Index)> comparison)
    {
        var span = CollectionsMarshal.AsSpan(glyphs);
        var pairs = new (double Key, int Index)[span.Length];
        for (var i = 0; i < span.Length; i++)
        {
            pairs[i] = (key(span[i]), i);
        }
        pairs.AsSpan().Sort(comparison);
        var original = span.ToArray();
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = original[pairs[i].Index];
        }
    }
}
