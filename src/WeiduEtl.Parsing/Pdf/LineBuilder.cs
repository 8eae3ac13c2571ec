using System.Text;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// Letters → lines. Letters are banded by baseline, then each band is cut wherever the gap to the next letter
/// is wider than <see cref="MaxGapEm"/> ems (a gutter or the space between two headlines) or the type size
/// changes. One sort and one sweep, so a 20,000-letter table costs milliseconds.
/// </summary>
internal static class LineBuilder
{
    /// <summary>Justified CJK text spreads letters by a fraction of an em; gutters are a full em or more.</summary>
    public const double MaxGapEm = 0.9;

    /// <summary>Letters whose baselines differ by less than this share a line (sub-pixel jitter, mixed fonts).</summary>
    private const double BaselineToleranceEm = 0.25;

    /// <summary>Between two Latin letters or digits, a gap this wide is a word space even without a space glyph.</summary>
    private const double LatinSpaceEm = 0.25;

    /// <summary>A second copy of a letter this close to the first is fake bold (the letter drawn twice), not text.</summary>
    private const double DuplicateEm = 0.3;

    public static List<TextLine> Build(List<PdfGlyph> glyphs)
    {
        glyphs.Sort((a, b) => b.Baseline.CompareTo(a.Baseline));
        var lines = new List<TextLine>();
        var band = new List<PdfGlyph>();
        var anchor = 0.0;
        var anchorSize = 0.0;
        foreach (var glyph in glyphs)
        {
            if (band.Count > 0 && anchor - glyph.Baseline > BaselineToleranceEm * Math.Min(anchorSize, glyph.Size))
            {
                CutBand(band, lines);
                band.Clear();
            }
            if (band.Count == 0)
            {
                anchor = glyph.Baseline;
                anchorSize = glyph.Size;
            }
            band.Add(glyph);
        }
        CutBand(band, lines);
        return lines;
    }

    private static void CutBand(List<PdfGlyph> band, List<TextLine> lines)
    {
        if (band.Count == 0)
        {
            return;
        }
        band.Sort((a, b) => a.X0.CompareTo(b.X0));
        var run = new List<PdfGlyph>();
        PdfGlyph? last = null;
        foreach (var glyph in band)
        {
            if (last is { } previous)
            {
                if (!glyph.IsSpace && glyph.Text == previous.Text && Math.Abs(glyph.X0 - previous.X0) < DuplicateEm * glyph.Size)
                {
                    continue;
                }
                var gap = glyph.X0 - previous.X1;
                var breaks = !glyph.IsSpace && !previous.IsSpace && !SizeTolerance.Same(glyph.Size, previous.Size);
                if (gap > MaxGapEm * Math.Max(glyph.Size, previous.Size) || breaks)
                {
                    Emit(run, lines);
                    run.Clear();
                }
            }
            run.Add(glyph);
            last = glyph;
        }
        Emit(run, lines);
    }

    private static void Emit(List<PdfGlyph> run, List<TextLine> lines)
    {
        var text = new StringBuilder(run.Count);
        Box? box = null;
        var baseline = 0.0;
        var sizes = new Dictionary<double, int>();
        PdfGlyph? previous = null;
        var pendingSpace = false;
        var letters = 0;
        foreach (var glyph in run)
        {
            if (glyph.IsSpace)
            {
                pendingSpace = previous is not null;
                continue;
            }
            if (previous is { } p && (pendingSpace || (IsLatin(p.Text) && IsLatin(glyph.Text) && glyph.X0 - p.X1 > LatinSpaceEm * glyph.Size)))
            {
                text.Append(' ');
            }
            text.Append(glyph.Text);
            box = box is { } b ? b.Union(glyph.Box) : glyph.Box;
            baseline += glyph.Baseline;
            var size = Math.Round(glyph.Size, 2);
            sizes[size] = sizes.GetValueOrDefault(size) + 1;
            letters++;
            previous = glyph;
            pendingSpace = false;
        }
        if (letters == 0 || box is not { } lineBox)
        {
            return;
        }
        var dominant = sizes.MaxBy(kv => kv.Value).Key;
        lines.Add(new TextLine(text.ToString(), lineBox, baseline / letters, dominant));
    }

    private static bool IsLatin(string text) => text.Length == 1 && (char.IsAsciiLetterOrDigit(text[0]) || text[0] is '.' or '%' or '-');
}
