namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// Orders a page's frames the way a newspaper is read, by recursive XY cuts: a region is cut into bands at
/// every horizontal white gap that crosses it whole (an article under another) and no wider gutter runs through
/// the bands on both sides (a sidebar); else into columns at every vertical white gap that runs its
/// whole height (a gutter), else its topmost frame (a headline spanning the
/// columns under it) is read first and the rest cut again. A topmost frame that nothing stands beside is read
/// first even before a gutter cut: a centred headline or byline is narrower than the columns it heads, and
/// the gap under it is too small to count as a row gap. Pictures take part as obstacles so no cut runs
/// through one. Works with an explicit stack, so no page can overflow the call stack.
/// </summary>
internal static class ReadingOrder
{
    /// <summary>Regions this large that no cut divides are read top to bottom at once instead of one frame at a time.</summary>
    private const int MaxPeelRegion = 2000;

    /// <summary>
    /// Reads the page's margins apart from its content: furniture above all the content (masthead, date line) comes
    /// first and furniture below it (责编, e-mail lines) last, so a date line over a sidebar cannot tie the
    /// sidebar to the masthead. Furniture among the content keeps its place.
    /// </summary>
    /// <param name="boxes">Frames and pictures.</param>
    /// <param name="furniture">Indexes of the frames that are page furniture.</param>
    /// <param name="display">Indexes of the frames set in display type (headlines, kickers).</param>
    public static List<int> Sort(
        IReadOnlyList<Box> boxes, IReadOnlySet<int> furniture, double minRowGap, double minGutter, IReadOnlySet<int>? display = null)
    {
        display ??= new HashSet<int>();
        var content = Enumerable.Range(0, boxes.Count).Where(i => !furniture.Contains(i)).ToList();
        if (content.Count == 0)
        {
            return Sort(boxes, minRowGap, minGutter, display);
        }
        var top = content.Max(i => boxes[i].Y1);
        var bottom = content.Min(i => boxes[i].Y0);
        var header = furniture.Where(i => boxes[i].Y0 >= top).ToList();
        var footer = furniture.Where(i => boxes[i].Y1 <= bottom).ToList();
        var middle = Enumerable.Range(0, boxes.Count).Where(i => !furniture.Contains(i) || (boxes[i].Y0 < top && boxes[i].Y1 > bottom)).ToList();
        return [.. SortSubset(header), .. SortSubset(middle), .. SortSubset(footer)];

        IEnumerable<int> SortSubset(List<int> subset)
        {
            var local = subset.Select((i, k) => (i, k)).Where(x => display.Contains(x.i)).Select(x => x.k).ToHashSet();
            return Sort(subset.Select(i => boxes[i]).ToList(), minRowGap, minGutter, local).Select(k => subset[k]);
        }
    }

    /// <param name="boxes">Frames and pictures.</param>
    /// <param name="minRowGap">White space that separates two articles one above the other.</param>
    /// <param name="minGutter">White space that separates two columns.</param>
    /// <param name="display">Indexes of the frames set in display type (headlines, kickers).</param>
    /// <returns>Indexes into <paramref name="boxes"/> in reading order.</returns>
    public static List<int> Sort(IReadOnlyList<Box> boxes, double minRowGap, double minGutter, IReadOnlySet<int>? display = null)
    {
        display ??= new HashSet<int>();
        var result = new List<int>(boxes.Count);
        var stack = new Stack<List<int>>();
        stack.Push(Enumerable.Range(0, boxes.Count).ToList());
        while (stack.Count > 0)
        {
            var region = stack.Pop();
            if (region.Count <= 1)
            {
                result.AddRange(region);
                continue;
            }
            var parts = SplitRows(region, boxes, minRowGap, minGutter, display);
            if (parts.Count == 1 && AloneOnTop(region, boxes) is { } head)
            {
                result.Add(head);
                region.Remove(head);
                stack.Push(region);
                continue;
            }
            if (parts.Count == 1)
            {
                parts = SplitColumns(region, boxes, minGutter).Parts;
            }
            if (parts.Count > 1)
            {
                for (var i = parts.Count - 1; i >= 0; i--)
                {
                    stack.Push(parts[i]);
                }
                continue;
            }
            if (region.Count > MaxPeelRegion)
            {
                result.AddRange(region.OrderByDescending(i => boxes[i].Y1).ThenBy(i => boxes[i].X0));
                continue;
            }
            var top = region.OrderByDescending(i => boxes[i].Y1).ThenBy(i => boxes[i].X0).First();
            result.Add(top);
            region.Remove(top);
            stack.Push(region);
        }
        return result;
    }

    private static int? AloneOnTop(List<int> region, IReadOnlyList<Box> boxes)
    {
        var top = region.OrderByDescending(i => boxes[i].Y1).ThenBy(i => boxes[i].X0).First();
        var head = boxes[top];
        foreach (var i in region)
        {
            if (i != top && boxes[i].Y1 > head.Y0)
            {
                return null;
            }
        }
        return top;
    }

    /// <summary>
    /// Bands top to bottom at the horizontal white gaps. Two bands stay together when a gutter wider than the gap
    /// between them runs through both and sets apart a column that holds only one of them: a sidebar beside an
    /// article, where the article's headline happens to end just above the sidebar's end and its text starts below.
    /// They also stay together when the upper band is nothing but headlines set side by side, each over columns of
    /// its own (a headline set flush left may stand over only some of its article's columns): an article never ends
    /// in a headline, so each headline is read with the text under it, not with its neighbour.
    /// </summary>
    private static List<List<int>> SplitRows(List<int> region, IReadOnlyList<Box> boxes, double minGap, double minGutter, IReadOnlySet<int> display)
    {
        var sorted = region.OrderByDescending(i => boxes[i].Y1).ToList();
        var parts = new List<List<int>> { new() { sorted[0] } };
        var gaps = new List<double>();
        var bottom = boxes[sorted[0]].Y0;
        foreach (var i in sorted.Skip(1))
        {
            if (boxes[i].Y1 < bottom - minGap)
            {
                gaps.Add(bottom - boxes[i].Y1);
                parts.Add([]);
            }
            parts[^1].Add(i);
            bottom = parts[^1].Count == 1 ? boxes[i].Y0 : Math.Min(bottom, boxes[i].Y0);
        }
        for (var k = 0; k < parts.Count - 1;)
        {
            var (columns, gutter) = SplitColumns([.. parts[k], .. parts[k + 1]], boxes, minGutter);
            var upper = parts[k].ToHashSet();
            // A sidebar is a column with nothing of the other band in it; stacked articles on one grid have both in each.
            // A column of nothing but headlines is no sidebar: its text is in the band below.
            var sidebar = columns.Exists(c => (c.TrueForAll(upper.Contains) || !c.Exists(upper.Contains)) && !c.TrueForAll(display.Contains));
            var headed = columns.FindAll(c => c.Exists(upper.Contains));
            var headlinesSideBySide = parts[k].Count > 1 && parts[k].TrueForAll(display.Contains)
                && headed.Count > 1 && headed.TrueForAll(c => !c.TrueForAll(upper.Contains));
            if (columns.Count > 1 && ((gutter > gaps[k] && sidebar) || headlinesSideBySide))
            {
                parts[k].AddRange(parts[k + 1]);
                parts.RemoveAt(k + 1);
                gaps.RemoveAt(k);
            }
            else
            {
                k++;
            }
        }
        return parts;
    }

    /// <returns>The columns left to right, and the narrowest gutter between two of them.</returns>
    private static (List<List<int>> Parts, double NarrowestGap) SplitColumns(List<int> region, IReadOnlyList<Box> boxes, double minGap)
    {
        var sorted = region.OrderBy(i => boxes[i].X0).ToList();
        var parts = new List<List<int>> { new() { sorted[0] } };
        var right = boxes[sorted[0]].X1;
        var narrowest = double.PositiveInfinity;
        foreach (var i in sorted.Skip(1))
        {
            if (boxes[i].X0 > right + minGap)
            {
                narrowest = Math.Min(narrowest, boxes[i].X0 - right);
                parts.Add([]);
            }
            parts[^1].Add(i);
            right = parts[^1].Count == 1 ? boxes[i].X1 : Math.Max(right, boxes[i].X1);
        }
        return (parts, narrowest);
    }
}
