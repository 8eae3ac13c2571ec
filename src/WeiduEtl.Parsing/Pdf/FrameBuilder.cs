namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// Lines → frames, top to bottom. A line continues the frame right above it when it overlaps it sideways, has
/// the same type size and sits one line pitch lower; any other line below a frame closes it, so a frame never
/// runs through a picture, a subheading or another article.
/// </summary>
internal static class FrameBuilder
{
    /// <summary>Line pitch above this many ems is a break (body text is set at 1.2–1.6).</summary>
    private const double MaxPitchEm = 1.9;

    /// <summary>Sideways overlap, as a share of the narrower line, that makes two lines one column.</summary>
    private const double MinOverlapShare = 0.3;

    public static List<TextFrame> Build(List<TextLine> lines)
    {
        lines.Sort((a, b) => b.Box.Y1 != a.Box.Y1 ? b.Box.Y1.CompareTo(a.Box.Y1) : a.Box.X0.CompareTo(b.Box.X0));
        var frames = new List<TextFrame>();
        var open = new List<TextFrame>();
        foreach (var line in lines)
        {
            open.RemoveAll(f => f.Last.Baseline - line.Baseline > MaxPitchEm * Math.Max(f.Size, line.Size) * 1.5);
            TextFrame? best = null;
            foreach (var frame in open)
            {
                if (Continues(frame, line) && (best is null || frame.Last.Baseline < best.Last.Baseline))
                {
                    best = frame;
                }
            }
            open.RemoveAll(f => f != best && f.Last.Box.HorizontalOverlap(line.Box) > 0);
            if (best is null)
            {
                best = new TextFrame(line);
                frames.Add(best);
                open.Add(best);
            }
            else
            {
                best.Add(line);
            }
        }
        return frames;
    }

    private static bool Continues(TextFrame frame, TextLine line)
    {
        var last = frame.Last;
        var overlap = last.Box.HorizontalOverlap(line.Box);
        if (overlap < MinOverlapShare * Math.Min(last.Box.Width, line.Box.Width) || !SizeTolerance.Same(frame.Size, line.Size))
        {
            return false;
        }
        var pitch = last.Baseline - line.Baseline;
        return pitch > 0.5 * line.Size && pitch <= MaxPitchEm * line.Size;
    }
}
