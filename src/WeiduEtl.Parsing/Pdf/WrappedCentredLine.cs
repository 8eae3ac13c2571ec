using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// A subheading set at the foot of a column may not fit there: its line, centred and nearly as wide as the column,
/// breaks off mid-word and the rest stands centred at the head of the next column. The two are one line of the
/// subheading; read apart, the short rest looks like a heading of the next column, and the pair like a headline.
/// </summary>
internal static class WrappedCentredLine
{
    /// <summary>A line of running text is justified to both edges; a centred heading leaves white on each side.</summary>
    private const double CentredMarginEm = 0.2;

    /// <summary>How unequal the white on the two sides of a centred line may be.</summary>
    private const double CentringToleranceEm = 0.5;

    /// <summary>The rest of the line is short: well inside its column.</summary>
    private const double RestMarginEm = 1;

    /// <summary>A block of one line is at most this many of its letters high.</summary>
    private const double OneLineEm = 1.6;

    public static void Join(List<PageBlock> blocks)
    {
        for (var k = blocks.Count - 2; k >= 0; k--)
        {
            var (foot, rest) = (blocks[k], blocks[k + 1]);
            if (BreaksOffAtColumnFoot(foot, rest, blocks))
            {
                blocks[k] = foot with { Text = foot.Text + rest.Text, RunsOn = false };
                blocks.RemoveAt(k + 1);
            }
        }
    }

    private static bool BreaksOffAtColumnFoot(PageBlock foot, PageBlock rest, List<PageBlock> blocks) =>
        foot is { Hint: BlockHint.None, FontSize: { } size, Bbox: { } footBox }
        && rest is { Hint: BlockHint.None, Bbox: { } restBox }
        && foot.Page == rest.Page && rest.FontSize is { } restSize && SizeTolerance.Same(restSize, size)
        && restBox.X0 >= footBox.X1 && restBox.Y0 > footBox.Y1
        && IsOneLine(footBox, size) && IsOneLine(restBox, size)
        && foot.Text.Length > 0 && char.IsLetterOrDigit(foot.Text[^1])
        && CentredMargin(foot, blocks) >= CentredMarginEm * size
        && CentredMargin(rest, blocks) >= RestMarginEm * size;

    private static bool IsOneLine(BoundingBox box, double size) => box.Y1 - box.Y0 <= OneLineEm * size;

    /// <returns>
    /// The white on each side of a line centred in its column, or -1 for a line that is not centred. Its column is
    /// the measure of the nearest paragraph set above or below it, as a page may set its articles on different grids.
    /// </returns>
    private static double CentredMargin(PageBlock line, List<PageBlock> blocks)
    {
        var box = line.Bbox!;
        var centre = (box.X0 + box.X1) / 2;
        BoundingBox? column = null;
        var nearest = double.MaxValue;
        foreach (var b in blocks)
        {
            if (b is { Hint: BlockHint.None, Bbox: { } p, FontSize: { } size } && b.Page == line.Page && SizeTolerance.Same(size, line.FontSize!.Value)
                && !IsOneLine(p, size) && p.X0 <= centre && p.X1 >= centre && p.X1 - p.X0 >= box.X1 - box.X0)
            {
                var distance = Math.Max(p.Y0 - box.Y1, box.Y0 - p.Y1);
                if (distance >= 0 && distance < nearest)
                {
                    (column, nearest) = (p, distance);
                }
            }
        }
        if (column is null)
        {
            return -1;
        }
        var (left, right) = (box.X0 - column.X0, column.X1 - box.X1);
        return Math.Abs(left - right) <= CentringToleranceEm * line.FontSize!.Value ? Math.Min(left, right) : -1;
    }
}
