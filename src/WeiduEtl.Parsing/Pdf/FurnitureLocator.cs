using System.Text.RegularExpressions;
using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// Page furniture by position and content: the band above the first row gap at the top of the page (paper name,
/// date line, page label, 第5版, 责编 line) when the shared furniture rules recognise something in it, the
/// same at the foot of the page, and anywhere a short frame every line of which is furniture (a 责编/校对 line).
/// The page label is the largest label-shaped line of the furniture; the issue date its date line.
/// </summary>
internal static partial class FurnitureLocator
{
    /// <summary>The header band must end in the top fifth of the page, the footer band start in the bottom tenth.</summary>
    private const double HeaderShare = 0.2;
    private const double FooterShare = 0.1;
    private const int MaxBandFrames = 12;

    /// <summary>A masthead or 责编 line is a line or two; a frame of more lines in the band is text run on from the page before.</summary>
    private const int MaxFurnitureFrameLines = 3;

    public static PageFurniture Find(IReadOnlyList<TextFrame> frames, double pageHeight, double minRowGap)
    {
        var furniture = new HashSet<TextFrame>();
        if (frames.Count == 0)
        {
            return new PageFurniture(furniture, null, null);
        }
        var header = Band(frames.OrderByDescending(f => f.Box.Y1), minRowGap, top: true);
        if (IsFurnitureBand(header, top: true) && header.Min(f => f.Box.Y0) >= pageHeight * (1 - HeaderShare))
        {
            furniture.UnionWith(header);
        }
        var footer = Band(frames.OrderBy(f => f.Box.Y0), minRowGap, top: false);
        if (IsFurnitureBand(footer, top: false) && footer.Max(f => f.Box.Y1) <= pageHeight * FooterShare)
        {
            furniture.UnionWith(footer);
        }
        foreach (var frame in frames)
        {
            // A date alone inside the page is a document's date (a decree's, under its signature), not the page's date line.
            if (frame.Lines.Count <= 2 && frame.Lines.All(l => PageFurnitureRule.IsFurniture(l.Text) && PageFurnitureRule.IssueDate(l.Text) is null))
            {
                furniture.Add(frame);
            }
        }
        var lines = furniture.SelectMany(f => f.Lines).ToList();
        var date = lines.Select(l => PageFurnitureRule.IssueDate(l.Text)).FirstOrDefault(d => d is not null);
        return new PageFurniture(furniture, Label(lines), date);
    }

    private static List<TextFrame> Band(IEnumerable<TextFrame> sorted, double minGap, bool top)
    {
        var band = new List<TextFrame>();
        var edge = 0.0;
        foreach (var frame in sorted)
        {
            if (band.Count > 0 && (top ? frame.Box.Y1 < edge - minGap : frame.Box.Y0 > edge + minGap))
            {
                break;
            }
            band.Add(frame);
            edge = band.Count == 1 ? (top ? frame.Box.Y0 : frame.Box.Y1) : (top ? Math.Min(edge, frame.Box.Y0) : Math.Max(edge, frame.Box.Y1));
        }
        return band;
    }

    private static bool IsFurnitureBand(List<TextFrame> band, bool top) =>
        band.Count <= MaxBandFrames && band.TrueForAll(f => f.Lines.Count <= MaxFurnitureFrameLines) && band.Exists(f => Recognised(f, top));

    /// <summary>
    /// A page label (东城区, 要闻) is printed over the page's first headline, so it marks the header band only: at the foot
    /// a place name in that shape is a story's kicker (苏州工业园区 over its headline, the text overleaf).
    /// </summary>
    private static bool Recognised(TextFrame frame, bool top) => frame.Lines.Any(l =>
        PageFurnitureRule.IsFurniture(l.Text) || PageFurnitureRule.IssueDate(l.Text) is not null || (top && PageLabelRule.IsLabel(l.Text)));

    private static string? Label(List<TextLine> lines)
    {
        var named = lines.Where(l => PageLabelRule.IsLabel(l.Text) && !PageNumber().IsMatch(l.Text))
            .OrderByDescending(l => l.Size).Select(l => l.Text.Replace(" ", "", StringComparison.Ordinal)).FirstOrDefault();
        return named
            ?? lines.Select(l => PageFurnitureRule.HeaderLabel(l.Text)).FirstOrDefault(l => l is not null)
            ?? lines.Where(l => PageLabelRule.IsLabel(l.Text)).Select(l => l.Text.Replace(" ", "", StringComparison.Ordinal)).FirstOrDefault();
    }

    [GeneratedRegex(@"^\s*第\s*[0-9一二三四五六七八九十]{1,3}\s*版\s*$")]
    private static partial Regex PageNumber();
}
