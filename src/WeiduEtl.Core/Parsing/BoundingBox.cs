namespace WeiduEtl.Core.Parsing;

/// <summary>A rectangle in PDF points on a page: x0,y0 bottom-left, x1,y1 top-right.</summary>
public sealed record BoundingBox(double X0, double Y0, double X1, double Y1)
{
    public BoundingBox Union(BoundingBox other) =>
        new(Math.Min(X0, other.X0), Math.Min(Y0, other.Y0), Math.Max(X1, other.X1), Math.Max(Y1, other.Y1));

    /// <summary>How far the two boxes share the same stretch of x, 0 when they stand apart.</summary>
    public double HorizontalOverlap(BoundingBox other) => Math.Max(0, Math.Min(X1, other.X1) - Math.Max(X0, other.X0));

    public double[] ToArray() => [Math.Round(X0, 2), Math.Round(Y0, 2), Math.Round(X1, 2), Math.Round(Y1, 2)];
}
