using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>PdfPig's <c>Letter.TextOrientation</c>, with the same tolerances, so a letter is read or skipped as before.</summary>
internal static class LetterOrientation
{
    private const double Tolerance = 10e-5;

    /// <summary>The orientation of the baseline from start to end; null when the two are one point (a letter without width).</summary>
    public static TextOrientation? Of(PdfPoint start, PdfPoint end)
    {
        var sameY = Math.Abs(start.Y - end.Y) < Tolerance;
        var sameX = Math.Abs(start.X - end.X) < Tolerance;
        if (sameY)
        {
            return sameX ? null : start.X > end.X ? TextOrientation.Rotate180 : TextOrientation.Horizontal;
        }
        if (sameX)
        {
            return start.Y > end.Y ? TextOrientation.Rotate90 : TextOrientation.Rotate270;
        }
        return TextOrientation.Other;
    }

    /// <summary>The orientation of a letter without width, from the rotation of its box.</summary>
    public static TextOrientation OfBox(PdfRectangle box)
    {
        var rotation = box.Rotation;
        if (Math.Abs(rotation % 90) >= Tolerance)
        {
            return TextOrientation.Other;
        }
        return (int)Math.Round(rotation, MidpointRounding.AwayFromZero) switch
        {
            0 => TextOrientation.Horizontal,
            -90 => TextOrientation.Rotate90,
            180 or -180 => TextOrientation.Rotate180,
            90 => TextOrientation.Rotate270,
            _ => TextOrientation.Other,
        };
    }
}
