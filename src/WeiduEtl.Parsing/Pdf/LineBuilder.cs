using System.Text;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// Letters → lines. Letters are banded by baseline, then each band is cut wherever the gap to the next letter
/// is wider than <see cref="MaxGapEm"/> ems (a gutter or the space between two headlines) or the type size
/// changes (except at a touching dash or ellipsis set in a fallback font), or where a smaller gap lies in a gutter the bands around
/// it show (<see cref="GutterEvidence"/>): after hanging punctuation, or between two headlines set side by side. Two sorts and two sweeps, so a 20,000-letter table costs milliseconds.
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

    /// <summary>A dash or ellipsis in another size stays on the line only when it sits this close (ems) to its neighbour.</summary>
    private const double FallbackGapEm = 0.25;

    /// <summary>A gap this wide (ems) after a body-size punctuation mark is no letter spacing when it lies in a gutter.</summary>
    private const double HangingGapEm = 0.25;

    /// <summary>
    /// Display type set solid: a gap this wide (ems of the display size) over a gutter of the body text around is the
    /// white between two headlines side by side, not letter spacing. Their sizes make the gutter less than an em.
    /// </summary>
    private const double HeadlineGutterGapEm = 0.4;

    /// <summary>How far (display ems) the body text witnessing a gutter under or over a headline may lie.</summary>
    private const double HeadlineReachEm = 4;

    public static List<TextLine> Build(List<PdfGlyph> glyphs)
    {
        var bands = Bands(glyphs);
        var gutters = new GutterEvidence();
        foreach (var band in bands)
        {
            GlyphSort.ByX0(band);
            gutters.AddBand(band, MaxGapEm);
        }
        var bodySize = MostCommonSize(glyphs);
        var lines = new List<TextLine>();
        var sizes = new Dictionary<double, int>();
        for (var k = 0; k < bands.Count; k++)
        {
            CutBand(bands[k], k, gutters, bodySize, lines, sizes);
        }
        return lines;
    }

    /// <summary>
    /// The size (to a tenth of a point) most glyphs have; on a tie the one met first. Counted in place: grouping a
    /// 20,000-letter page's glyphs copied every glyph into its group.
    /// </summary>
    private static double MostCommonSize(List<PdfGlyph> glyphs)
    {
        var counts = new Dictionary<double, int>();
        var firstSeen = new List<double>();
        foreach (var glyph in glyphs)
        {
            var size = Math.Round(glyph.Size, 1);
            if (counts.TryGetValue(size, out var count))
            {
                counts[size] = count + 1;
            }
            else
            {
                counts[size] = 1;
                firstSeen.Add(size);
            }
        }
        var best = 0.0;
        var bestCount = 0;
        foreach (var size in firstSeen)
        {
            if (counts[size] > bestCount)
            {
                best = size;
                bestCount = counts[size];
            }
        }
        return best;
    }

    /// <summary>The glyphs grouped by baseline, top band first.</summary>
    private static List<List<PdfGlyph>> Bands(List<PdfGlyph> glyphs)
    {
        GlyphSort.ByBaselineDescending(glyphs);
        var bands = new List<List<PdfGlyph>>();
        var anchor = 0.0;
        var anchorSize = 0.0;
        foreach (var glyph in glyphs)
        {
            if (bands.Count == 0 || anchor - glyph.Baseline > BaselineToleranceEm * Math.Min(anchorSize, glyph.Size))
            {
                bands.Add([]);
                anchor = glyph.Baseline;
                anchorSize = glyph.Size;
            }
            bands[^1].Add(glyph);
        }
        return bands;
    }

    private static void CutBand(List<PdfGlyph> band, int index, GutterEvidence gutters, double bodySize, List<TextLine> lines, Dictionary<double, int> sizes)
    {
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
                var em = Math.Max(glyph.Size, previous.Size);
                var sizeChanges = !glyph.IsSpace && !previous.IsSpace && !SizeTolerance.Same(glyph.Size, previous.Size);
                var fallbackMark = (IsFallbackMark(glyph) || IsFallbackMark(previous)) && gap <= FallbackGapEm * Math.Min(glyph.Size, previous.Size);
                var breaks = sizeChanges && !fallbackMark;
                var hangs = gap > HangingGapEm * em && HangingPunctuation.Is(previous.Text) && SizeTolerance.Same(em, bodySize)
                    && gutters.IsGutter(index, previous.X1, glyph.X0, em);
                var splitsHeadlines = gap > HeadlineGutterGapEm * em && em > bodySize && !SizeTolerance.Same(em, bodySize)
                    && gutters.IsGutter(index, previous.X1, glyph.X0, bodySize, HeadlineReachEm * em);
                if (gap > MaxGapEm * em || breaks || hangs || splitsHeadlines)
                {
                    Emit(run, lines, sizes);
                    run.Clear();
                }
            }
            run.Add(glyph);
            last = glyph;
        }
        Emit(run, lines, sizes);
    }

    /// <param name="sizes">A scratch tally, emptied here; a cleared dictionary keeps insertion order, so ties between sizes go as before.</param>
    private static void Emit(List<PdfGlyph> run, List<TextLine> lines, Dictionary<double, int> sizes)
    {
        var text = new StringBuilder(run.Count);
        Box? box = null;
        var baseline = 0.0;
        sizes.Clear();
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

    /// <summary>
    /// Writers set the dashes and ellipses a CJK face lacks (—— before a subheadline, ……) in a fallback font at
    /// another size; such a mark, touching its neighbour, stays on its line instead of cutting it.
    /// </summary>
    private static bool IsFallbackMark(PdfGlyph glyph) => glyph.Text.Length == 1 && glyph.Text[0] is '—' or '―' or '─' or '–' or '…' or '‥';

    private static bool IsLatin(string text) => text.Length == 1 && (char.IsAsciiLetterOrDigit(text[0]) || text[0] is '.' or '%' or '-');
}
