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

    private readonly List<(double Baseline, double Size, List<(double X0, double X1)> Gaps)> bands = [];

    public void AddBand(IReadOnlyList<PdfGlyph> sortedByX, double clearGapEm)
    {
        // White to the left of a band's first letter and right of its last counts too: a column's line with
        // nothing beside it still shows the gutter.
        var gaps = new List<(double X0, double X1)> { (double.NegativeInfinity, sortedByX[0].X0), (sortedByX[^1].X1, double.PositiveInfinity) };
        for (var k = 1; k < sortedByX.Count; k++)
        {
            var (previous, glyph) = (sortedByX[k - 1], sortedByX[k]);
            if (glyph.X0 - previous.X1 > clearGapEm * Math.Max(glyph.Size, previous.Size))
            {
                gaps.Add((previous.X1, glyph.X0));
            }
        }
        bands.Add((sortedByX[0].Baseline, sortedByX[0].Size, gaps));
    }

    /// <summary>
    /// True when bands near band <paramref name="band"/> (0-based, in the order added) and in its type size leave a
    /// gutter over [x0, x1].
    /// </summary>
    public bool IsGutter(int band, double x0, double x1)
    {
        var reach = 4 * bands[band].Size;
        var witnesses = 0;
        for (var k = Math.Max(0, band - Neighbours); k <= Math.Min(bands.Count - 1, band + Neighbours); k++)
        {
            if (k != band && Math.Abs(bands[k].Baseline - bands[band].Baseline) <= reach && SizeTolerance.Same(bands[k].Size, bands[band].Size)
                && bands[k].Gaps.Exists(g => g.X0 < x1 && g.X1 > x0))
            {
                witnesses++;
            }
        }
        return witnesses >= MinWitnesses;
    }
}
