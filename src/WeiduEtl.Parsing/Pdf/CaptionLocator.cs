using WeiduEtl.Parsing.Layout.Rules;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// Finds each picture's caption by geometry: the frame right under it (within about two lines, overlapping it
/// sideways), else a frame beside it within its height (set level with its top, its middle or its foot). A frame in body
/// size is taken only when it is short and carries a picture credit (…摄), so the paragraph that merely
/// follows a picture without a caption stays body text.
/// </summary>
internal static class CaptionLocator
{
    private const int MaxCaptionLines = 8;
    private const int MaxBodySizeCaptionLines = 3;

    public static Dictionary<int, TextFrame> Match(IReadOnlyList<PlacedImage> images, IReadOnlyList<TextFrame> frames, ISet<TextFrame> excluded, double bodySize, PressLexicon lexicon)
    {
        var captions = new Dictionary<int, TextFrame>();
        var taken = new HashSet<TextFrame>();
        for (var i = 0; i < images.Count; i++)
        {
            var picture = images[i].Box;
            var candidates = frames.Where(f => !excluded.Contains(f) && !taken.Contains(f) && LooksLikeCaption(f, bodySize, lexicon)).ToList();
            var found = candidates
                .Where(f => IsBelow(picture, f))
                .MinBy(f => picture.Y0 - f.Box.Y1)
                ?? candidates.Where(f => IsBeside(picture, f)).MinBy(f => Math.Min(Math.Abs(f.Box.X0 - picture.X1), Math.Abs(picture.X0 - f.Box.X1)));
            if (found is not null)
            {
                captions[i] = found;
                taken.Add(found);
            }
        }
        return captions;
    }

    private static bool LooksLikeCaption(TextFrame frame, double bodySize, PressLexicon lexicon)
    {
        if (frame.Size >= lexicon.DisplaySizeRatio * bodySize || frame.Lines.Count > MaxCaptionLines)
        {
            return false;
        }
        return !SizeTolerance.Same(frame.Size, bodySize)
            || (frame.Lines.Count <= MaxBodySizeCaptionLines && PhotoCreditRule.Match(frame.Text, lexicon) is not null);
    }

    private static bool IsBelow(Box picture, TextFrame frame)
    {
        var gap = picture.Y0 - frame.Box.Y1;
        return gap >= -0.5 * frame.Size && gap <= (1.8 * frame.Size) + 3
            && frame.Box.HorizontalOverlap(picture) >= 0.6 * frame.Box.Width;
    }

    private static bool IsBeside(Box picture, TextFrame frame)
    {
        var em = frame.Size;
        var right = frame.Box.X0 - picture.X1;
        var left = picture.X0 - frame.Box.X1;
        var adjacent = (right >= -1 && right <= (2.5 * em) + 6) || (left >= -1 && left <= (2.5 * em) + 6);
        return adjacent && frame.Box.Y1 <= picture.Y1 + em && frame.Box.Y0 >= picture.Y0 - (2 * em);
    }
}
