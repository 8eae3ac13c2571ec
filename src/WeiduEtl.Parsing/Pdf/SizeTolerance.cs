namespace WeiduEtl.Parsing.Pdf;

/// <summary>When two letter sizes count as the same type size (body 8 pt and caption 7.5 pt do not).</summary>
internal static class SizeTolerance
{
    public static bool Same(double a, double b) => Math.Abs(a - b) <= Math.Max(0.25, 0.035 * Math.Max(a, b));
}
