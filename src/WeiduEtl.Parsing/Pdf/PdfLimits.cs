namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// The bounds the PDF parser works within, so one odd file cannot stall or exhaust a run.
/// </summary>
internal static class PdfLimits
{
    /// <summary>
    /// An e-paper page is one page, a whole issue rarely more than 48; a longer file is a book or a mistake and
    /// is rejected before any page is read.
    /// </summary>
    public const int MaxPages = 64;

    /// <summary>
    /// A dense A3 page holds about 12,000 letters and a statistics table 20,000–40,000; beyond this the page is
    /// not a newspaper page (or its text is drawn letter by letter many times over) and the file is rejected.
    /// </summary>
    public const int MaxLettersPerPage = 150_000;

    /// <summary>
    /// Pictures printed smaller than half an inch (36 pt) on their shorter side are rules, bullets, icons and
    /// logos, not photos; so are pictures under 16 pixels on either side. They are skipped.
    /// </summary>
    public const double MinImageSidePoints = 36;

    /// <inheritdoc cref="MinImageSidePoints"/>
    public const int MinImageSidePixels = 16;

    /// <summary>Deeply nested content streams are cut off here instead of overflowing the stack.</summary>
    public const int MaxStackDepth = 64;
}
