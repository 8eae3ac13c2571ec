namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// Orders a page's frames the way a newspaper is read, by recursive XY cuts: a region is cut into bands at
/// every horizontal white gap that crosses it whole (an article under another), else into columns at every
/// vertical white gap that runs its whole height (a gutter), else its topmost frame (a headline spanning the
/// columns under it) is read first and the rest cut again. A topmost frame that nothing stands beside is read
/// first even before a gutter cut: a centred headline or byline is narrower than the columns it heads, and
/// the gap under it is too small to count as a row gap. Pictures take part as obstacles so no cut runs
/// through one. Works with an explicit stack, so no page can overflow the call stack.
/// </summary>
internal static class ReadingOrder
{
    /// <summary>Regions this large that no cut divides are read top to bottom at once instead of one frame at a time.</summary>
    private const int MaxPeelRegion = 2000;

    /// <param name="boxes">Frames and pictures.</param>
    /// <param name="minRowGap">White space that separates two articles one above the other.</param>
    /// <param name="minGutter">White space that separates two columns.</param>
    /// <returns>Indexes into <paramref name="boxes"/> in reading order.</returns>
    public static List<int> Sort(IReadOnlyList<Box> boxes, double minRowGap, double minGutter)
    {
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
            var parts = SplitRows(region, boxes, minRowGap);
            if (parts.Count == 1 && AloneOnTop(region, boxes) is { } head)
            {
                result.Add(head);
                region.Remove(head);
                stack.Push(region);
                continue;
            }
            if (parts.Count == 1)
            {
                parts = SplitColumns(region, boxes, minGutter);
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

    private static List<List<int>> SplitRows(List<int> region, IReadOnlyList<Box> boxes, double minGap)
    {
        var sorted = region.OrderByDescending(i => boxes[i].Y1).ToList();
        var parts = new List<List<int>> { new() { sorted[0] } };
        var bottom = boxes[sorted[0]].Y0;
        foreach (var i in sorted.Skip(1))
        {
            if (boxes[i].Y1 < bottom - minGap)
            {
                parts.Add([]);
            }
            parts[^1].Add(i);
            bottom = parts[^1].Count == 1 ? boxes[i].Y0 : Math.Min(bottom, boxes[i].Y0);
        }
        return parts;
    }

    private static List<List<int>> SplitColumns(List<int> region, IReadOnlyList<Box> boxes, double minGap)
    {
        var sorted = region.OrderBy(i => boxes[i].X0).ToList();
        var parts = new List<List<int>> { new() { sorted[0] } };
        var right = boxes[sorted[0]].X1;
        foreach (var i in sorted.Skip(1))
        {
            if (boxes[i].X0 > right + minGap)
            {
                parts.Add([]);
            }
            parts[^1].Add(i);
            right = parts[^1].Count == 1 ? boxes[i].X1 : Math.Max(right, boxes[i].X1);
        }
        return parts;
    }
}
