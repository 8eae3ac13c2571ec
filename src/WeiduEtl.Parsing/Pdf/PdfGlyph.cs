namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// One letter of the text layer, cleaned: its text, where its advance starts and ends on the baseline, and its
/// size in points (<c>Letter.PointSize</c>; the raw Tf value in <c>FontSize</c> ignores the text matrix).
/// Every CJK character is its own glyph, so lines and columns are found from geometry, never from spaces.
/// </summary>
internal readonly record struct PdfGlyph(string Text, double X0, double X1, double Baseline, double Size)
{
    public bool IsSpace => string.IsNullOrWhiteSpace(Text);

    /// <summary>The em box: ascent 0.88 em, descent 0.12 em, the same for every font so sizes compare.</summary>
    public Box Box => new(X0, Baseline - (0.12 * Size), Math.Max(X1, X0 + (0.1 * Size)), Baseline + (0.88 * Size));
}
