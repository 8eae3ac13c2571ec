namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// The page's columns, found from where body text sits: the x ranges of body frames merged wherever they touch,
/// so the white strips left between them are the gutters. A block's column is the one its left edge falls in.
/// </summary>
internal sealed class ColumnGrid
{
    private readonly List<(double X0, double X1)> columns;

    private ColumnGrid(List<(double X0, double X1)> columns) => this.columns = columns;

    public int Count => columns.Count;

    public static ColumnGrid Find(IEnumerable<Box> bodyBoxes, double minGutter)
    {
        var merged = new List<(double X0, double X1)>();
        foreach (var box in bodyBoxes.OrderBy(b => b.X0))
        {
            if (merged.Count > 0 && box.X0 <= merged[^1].X1 + minGutter)
            {
                merged[^1] = (merged[^1].X0, Math.Max(merged[^1].X1, box.X1));
            }
            else
            {
                merged.Add((box.X0, box.X1));
            }
        }
        return new ColumnGrid(merged);
    }

    /// <summary>True when <paramref name="line"/> ends within <paramref name="tolerance"/> of its column's right edge.</summary>
    public bool ReachesRightEdge(Box line, double tolerance) =>
        columns.Count > 0 && line.X1 >= columns[IndexOf(line)].X1 - tolerance;

    public double Left(int column) => columns[column].X0;

    public double Right(int column) => columns[column].X1;

    /// <summary>The column the box's right edge falls in.</summary>
    public int IndexOfRightEdge(Box box)
    {
        for (var i = columns.Count - 1; i >= 0; i--)
        {
            if (box.X1 > columns[i].X0 + 1)
            {
                return i;
            }
        }
        return 0;
    }

    public int IndexOf(Box box)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (box.X0 < columns[i].X1 - 1)
            {
                return i;
            }
        }
        return Math.Max(0, columns.Count - 1);
    }
}
