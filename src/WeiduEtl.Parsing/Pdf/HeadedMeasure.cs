namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// How wide the text under a headline is set: the body frames that start right under it and lie across its span.
/// A headline line is never wider than this measure, so a line that would not fit in it beside the line above
/// was wrapped there, not set apart.
/// </summary>
internal static class HeadedMeasure
{
    /// <summary>How far below the headline (in row gaps) the text it heads may start: far enough to pass a byline.</summary>
    private const double StartsUnderRowGaps = 3;

    /// <returns>The width, or null when no text starts under the headline.</returns>
    public static double? Of(Box headline, IEnumerable<Box> bodyBoxes, double rowGap)
    {
        double? left = null, right = null;
        foreach (var box in bodyBoxes)
        {
            if (box.StartsUnder(headline, StartsUnderRowGaps * rowGap) && box.X1 > headline.X0 && box.X0 < headline.X1)
            {
                left = Math.Min(left ?? box.X0, box.X0);
                right = Math.Max(right ?? box.X1, box.X1);
            }
        }
        return right - left;
    }
}
