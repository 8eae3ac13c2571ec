namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// Where the lines around a baseline leave a column gutter: the clear gaps (wider than a gutter must be) of each
/// baseline band, and the white beyond its ends. CJK typesetting lets ，。：hang past a line's end, so a hanging mark can bring one column's line
/// within a gap's width of the next column's; when the bands just above and below show a gutter at that spot,
/// the small gap is one too.
/// </summary>
internal sealed class GutterEvidence
{
    /// <summary>Bands looked at on each side, and how many of them must show a gutter at the spot.</summary>
    private const int Neighbours = 3;
    private const int MinWitnesses = 2;

    /// <summary>
    /// Bands looked at on each side of a headline: the lines of a neighbouring column (a caption, a credit, the other
    /// headline's second line) sit between it and the body text that shows the gutter.
    /// </summary>
    private const int HeadlineNeighbours = 8;

    /// <summary>Bands further than this many ems from the band in question say nothing about it.</summary>
    private const double ReachEm = 4;

    private readonly List<(double Baseline, List<Gap> Gaps)> bands = [];

    public void AddBand(IReadOnlyList<PdfGlyph> sortedByX, double clearGapEm)
    {
        // White to the left of a band's first letter and right of its last counts too (a column's line with
        // nothing beside it still shows the gutter), but only beside a gap with letters on both sides.
        var first = sortedByX[0];
        var last = sortedByX[^1];
        var gaps = new List<Gap> { new(double.NegativeInfinity, first.X0, first.Size, false), new(last.X1, double.PositiveInfinity, last.Size, false) };
        for (var k = 1; k < sortedByX.Count; k++)
        {
            var (previous, glyph) = (sortedByX[k - 1], sortedByX[k]);
            if (glyph.X0 - previous.X1 > clearGapEm * Math.Max(glyph.Size, previous.Size))
            {
                gaps.Add(new Gap(previous.X1, glyph.X0, Math.Min(glyph.Size, previous.Size), true));
            }
        }
        bands.Add((first.Baseline, gaps));
    }

    /// <summary>
    /// True when bands near band <paramref name="band"/> (0-based, in the order added) leave a gutter over [x0, x1]
    /// beside letters of <paramref name="size"/>, one of them between two runs of letters.
    /// </summary>
    public bool IsGutter(int band, double x0, double x1, double size) => IsGutter(band, x0, x1, size, ReachEm * size, Neighbours, false);

    /// <summary>
    /// As <see cref="IsGutter(int, double, double, double)"/>, with the bands looked at reaching <paramref name="reach"/>
    /// points: a headline's gap is witnessed by the body text under it, further away than the body's own ems.
    /// </summary>
    /// <remarks>
    /// Under two headlines side by side stand two articles whose lines need not share baselines, so no band may have
    /// letters on both sides of the gutter; letters on each side, in different bands, show it as well.
    /// </remarks>
    public bool IsGutter(int band, double x0, double x1, double size, double reach) => IsGutter(band, x0, x1, size, reach, HeadlineNeighbours, true);

    private bool IsGutter(int band, double x0, double x1, double size, double reach, int neighbours, bool sidesInAnyBands)
    {
        var (witnesses, interior, left, right) = (0, false, false, false);
        for (var k = Math.Max(0, band - neighbours); k <= Math.Min(bands.Count - 1, band + neighbours); k++)
        {
            if (k == band || Math.Abs(bands[k].Baseline - bands[band].Baseline) > reach)
            {
                continue;
            }
            var seen = bands[k].Gaps.Find(g => g.X0 < x1 && g.X1 > x0 && SizeTolerance.Same(g.Size, size));
            if (seen is not null)
            {
                witnesses++;
                interior |= seen.Interior;
                left |= !double.IsNegativeInfinity(seen.X0);
                right |= !double.IsPositiveInfinity(seen.X1);
            }
        }
        return witnesses >= MinWitnesses && (interior || (sidesInAnyBands && left && right));
    }

    private sealed record Gap(double X0, double X1, double Size, bool Interior);
}
