using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>A rectangle in PDF points, y up (X0,Y0 bottom-left); a value type for the layout's inner loops.</summary>
internal readonly record struct Box(double X0, double Y0, double X1, double Y1)
{
    public double Width => X1 - X0;

    public double Height => Y1 - Y0;

    public double CenterX => (X0 + X1) / 2;

    public double CenterY => (Y0 + Y1) / 2;

    public Box Union(Box other) => new(Math.Min(X0, other.X0), Math.Min(Y0, other.Y0), Math.Max(X1, other.X1), Math.Max(Y1, other.Y1));

    public double HorizontalOverlap(Box other) => Math.Max(0, Math.Min(X1, other.X1) - Math.Max(X0, other.X0));

    public double VerticalOverlap(Box other) => Math.Max(0, Math.Min(Y1, other.Y1) - Math.Max(Y0, other.Y0));

    /// <summary>This box's top lies below <paramref name="above"/>'s foot, within <paramref name="reach"/> points of it.</summary>
    public bool StartsUnder(Box above, double reach) => Y1 <= above.Y0 && above.Y0 - Y1 <= reach;

    public bool Contains(double x, double y) => x >= X0 && x <= X1 && y >= Y0 && y <= Y1;

    public BoundingBox ToBoundingBox() => new(Math.Round(X0, 2), Math.Round(Y0, 2), Math.Round(X1, 2), Math.Round(Y1, 2));

    public static Box UnionOf<T>(IEnumerable<T> items, Func<T, Box> box)
    {
        Box? result = null;
        foreach (var item in items)
        {
            result = result is { } r ? r.Union(box(item)) : box(item);
        }
        return result ?? default;
    }
}
