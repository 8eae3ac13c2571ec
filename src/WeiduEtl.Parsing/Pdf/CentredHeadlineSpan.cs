namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// A short headline centred over an article of several columns can fit inside one of them, so the gutters beside
/// it would cut the article's columns off from their headline. Such a headline is taken, for the reading order only,
/// as wide as the columns it heads: columns added in pairs, one each side, while the headline stays centred over
/// them, the white beside it is empty in each, and each one's text starts right under it. The columns are those of
/// the text starting under the headline, not the page's: a page whose articles sit on different grids has no
/// columns common to all of it.
/// </summary>
internal static class CentredHeadlineSpan
{
    /// <summary>How far below the headline (in row gaps) the text of a column it heads may start.</summary>
    private const double StartsUnderRowGaps = 2;

    /// <summary>How many frames under a column's first one are read to find the column's measure.</summary>
    private const int MeasureDepth = 4;

    /// <param name="pictures">Indexes of the boxes that are pictures, not text: no measure of a column.</param>
    public static List<Box> Widen(
        IReadOnlyList<Box> boxes, IReadOnlySet<int> display, double rowGap, double minGutter, double tolerance, IReadOnlySet<int>? pictures = null)
    {
        var widened = boxes.ToList();
        foreach (var h in display)
        {
            var headline = boxes[h];
            var reach = StartsUnderRowGaps * rowGap;
            var grid = ColumnGrid.Find(
                boxes.Select((box, i) => (box, i)).Where(x => !display.Contains(x.i) && x.box.StartsUnder(headline, reach)).Select(x => Measure(x.i)),
                minGutter);
            if (grid.Count < 3)
            {
                continue;
            }
            var start = grid.IndexOf(headline);
            var (first, last) = (start, grid.IndexOfRightEdge(headline));
            while (first > 0 && last < grid.Count - 1
                && Math.Abs(((grid.Left(first - 1) + grid.Right(last + 1)) / 2) - headline.CenterX) <= tolerance
                && Heads(first - 1) && Heads(last + 1))
            {
                (first, last) = (first - 1, last + 1);
            }
            if (first != start)
            {
                widened[h] = new Box(Math.Min(headline.X0, grid.Left(first)), headline.Y0, Math.Max(headline.X1, grid.Right(last)), headline.Y1);
            }

            // A short line that starts a column (a brief's kicker, centred) is no measure of it: the widest of the
            // lines stacked under it, each within a row gap of the one above, is.
            Box Measure(int start)
            {
                var (top, widest) = (boxes[start], boxes[start]);
                for (var step = 0; step < MeasureDepth; step++)
                {
                    int? next = null;
                    for (var k = 0; k < boxes.Count; k++)
                    {
                        var box = boxes[k];
                        if (!display.Contains(k) && pictures?.Contains(k) != true && box.StartsUnder(top, rowGap) && box.HorizontalOverlap(top) > 0
                            && (next is null || box.Y1 > boxes[next.Value].Y1))
                        {
                            next = k;
                        }
                    }
                    if (next is null)
                    {
                        break;
                    }
                    top = boxes[next.Value];
                    widest = top.Width > widest.Width ? top : widest;
                }
                return new Box(widest.X0, boxes[start].Y0, widest.X1, boxes[start].Y1);
            }

            bool Heads(int column)
            {
                var (left, right) = (grid.Left(column), grid.Right(column));
                int? below = null;
                for (var i = 0; i < boxes.Count; i++)
                {
                    var box = boxes[i];
                    if (i == h || box.X1 <= left || box.X0 >= right)
                    {
                        continue;
                    }
                    if (box.Y1 > headline.Y0 && box.Y0 < headline.Y1)
                    {
                        return false;
                    }
                    if (display.Contains(i) && headline.StartsUnder(box, reach) && box.HorizontalOverlap(headline) <= 0)
                    {
                        // Another head stands right over the column: it heads the column (heads side by side, each
                        // with its subheadline under it).
                        return false;
                    }
                    if (box.Y1 <= headline.Y0 && (below is null || box.Y1 > boxes[below.Value].Y1))
                    {
                        below = i;
                    }
                }
                return below is { } k && !display.Contains(k) && boxes[k].StartsUnder(headline, reach);
            }
        }
        return widened;
    }
}
