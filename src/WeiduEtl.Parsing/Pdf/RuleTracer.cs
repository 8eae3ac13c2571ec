using UglyToad.PdfPig.Core;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// Follows the paths a page paints and keeps the thin horizontal ones as rules: a stroked horizontal segment, or a
/// filled rectangle no thicker than <see cref="MaxThickness"/> (how browsers and layout programs draw a border).
/// Everything else a path draws (boxes' tints, pictures' frames, curves) is dropped. Points arrive in page space.
/// </summary>
internal sealed class RuleTracer
{
    /// <summary>A rule is a line, not a bar: thicker than this (points) it is a tint or a block of colour.</summary>
    private const double MaxThickness = 3;

    /// <summary>Shorter than this (points) it is an underline, a dash or a bullet, not a rule between stories.</summary>
    private const double MinLength = 24;

    /// <summary>How far (points) a segment's ends may differ in height and still be horizontal.</summary>
    private const double Level = 0.5;

    private readonly List<HorizontalRule> rules = [];
    private readonly List<(PdfPoint From, PdfPoint To)> segments = [];
    private readonly List<(PdfPoint A, PdfPoint B)> rectangles = [];
    private PdfPoint? at;
    private PdfPoint? subpathStart;

    public IReadOnlyList<HorizontalRule> Rules => rules;

    public void MoveTo(PdfPoint point)
    {
        at = point;
        subpathStart = point;
    }

    /// <summary>A curve draws no rule; the pen moves to its end, still in the same subpath.</summary>
    public void CurveTo(PdfPoint end) => at = end;

    public void LineTo(PdfPoint point)
    {
        if (at is { } from)
        {
            segments.Add((from, point));
        }
        at = point;
    }

    public void Close()
    {
        if (at is { } from && subpathStart is { } start)
        {
            segments.Add((from, start));
        }
        at = subpathStart;
    }

    /// <summary>A rectangle given by two opposite corners.</summary>
    public void Rectangle(PdfPoint corner, PdfPoint opposite) => rectangles.Add((corner, opposite));

    public void Stroke()
    {
        foreach (var (from, to) in segments)
        {
            if (Math.Abs(from.Y - to.Y) <= Level)
            {
                Keep(Math.Min(from.X, to.X), Math.Max(from.X, to.X), (from.Y + to.Y) / 2);
            }
        }
        // A stroked flat rectangle draws as a line too.
        KeepFlatRectangles();
        Discard();
    }

    public void Fill()
    {
        KeepFlatRectangles();
        Discard();
    }

    /// <summary>The path ends unpainted (a clipping path) or has been painted.</summary>
    public void Discard()
    {
        segments.Clear();
        rectangles.Clear();
        at = null;
        subpathStart = null;
    }

    private void KeepFlatRectangles()
    {
        foreach (var (a, b) in rectangles)
        {
            if (Math.Abs(a.Y - b.Y) <= MaxThickness)
            {
                Keep(Math.Min(a.X, b.X), Math.Max(a.X, b.X), (a.Y + b.Y) / 2);
            }
        }
    }

    private void Keep(double x0, double x1, double y)
    {
        if (x1 - x0 >= MinLength)
        {
            rules.Add(new HorizontalRule(x0, x1, y));
        }
    }
}
