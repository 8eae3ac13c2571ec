using UglyToad.PdfPig.Content;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>A page's letters → cleaned horizontal glyphs. Rotated, vertical and misplaced letters are counted, not read.</summary>
internal static class GlyphReader
{
    public static List<PdfGlyph> Read(IReadOnlyList<PageLetter> letters, CjkTextNormalizer normalizer, out int skipped)
    {
        var glyphs = new List<PdfGlyph>(letters.Count);
        skipped = 0;
        foreach (var letter in letters)
        {
            var size = letter.PointSize;
            if (letter.Orientation != TextOrientation.Horizontal || !(size > 0.5) || double.IsInfinity(size))
            {
                skipped += string.IsNullOrWhiteSpace(letter.Value) ? 0 : 1;
                continue;
            }
            var text = normalizer.Normalize(letter.Value);
            if (text.Length == 0)
            {
                continue;
            }
            var x0 = letter.StartX;
            var x1 = letter.EndX;
            var baseline = letter.StartY;
            if (!double.IsFinite(x0) || !double.IsFinite(x1) || !double.IsFinite(baseline))
            {
                // A broken text matrix; the letter has no place on the page.
                skipped++;
                continue;
            }
            glyphs.Add(new PdfGlyph(text, Math.Min(x0, x1), Math.Max(x0, x1), baseline, size));
        }
        return glyphs;
    }
}
