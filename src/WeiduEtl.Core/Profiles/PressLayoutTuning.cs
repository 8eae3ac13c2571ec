namespace WeiduEtl.Core.Profiles;

/// <summary>
/// The layout thresholds a paper may need set differently, each relative to the page's body text size (the size
/// most of its letters are set in). Unset values keep the built-in ones.
/// </summary>
public sealed class PressLayoutTuning
{
    /// <summary>
    /// A line this many times the body size or larger is display type: a headline, a kicker or a subheadline; below
    /// it a display-shaped line is a subheading inside its article, and a PDF frame is read as body text (1.15).
    /// </summary>
    public double? DisplaySizeRatio { get; set; }

    /// <summary>A line this many times the body size or smaller is small print: captions and notes, never a subheading (0.92).</summary>
    public double? SmallPrintRatio { get; set; }

    /// <summary>The longest display line, in visible characters, that can be a headline (60).</summary>
    public int? MaxHeadlineLength { get; set; }

    /// <summary>A display line this many times the body size or larger heads an item of its own, never a subheading of the one above (1.45).</summary>
    public double? HeadlineSizeRatio { get; set; }
}
