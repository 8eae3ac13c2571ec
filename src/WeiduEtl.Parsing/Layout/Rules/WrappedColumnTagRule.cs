using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// A column tag（动感2020）on the line under a headline, set in the headline's size, where the headline's line had no room
/// left for it: the layout wrapped the headline's end, so the tag belongs to the headline's line and is no subheadline.
/// A tag in smaller print, or under a headline that left room for it, is set on its own line on purpose. Read only with
/// letter sizes and boxes: a text dump does not show which it is.
/// </summary>
internal static class WrappedColumnTagRule
{
    private const double SameSize = 0.05;

    /// <param name="line">The headline line above the tag.</param>
    /// <param name="tag">The tag's line.</param>
    /// <param name="text">The first block of running text under the headline: its width is the column's.</param>
    public static bool Wraps(PageBlock line, PageBlock tag, PageBlock? text, string tagText)
    {
        if (line is not { FontSize: > 0, Bbox: { } above } || tag is not { FontSize: > 0, Bbox: { } under }
            || Math.Abs(tag.FontSize!.Value - line.FontSize!.Value) > line.FontSize.Value * SameSize
            || !HeadingShapeRule.IsWrappedColumnTag(tagText))
        {
            return false;
        }
        var room = Math.Max(Width(above), text?.Bbox is { } column ? Width(column) : 0);
        return Width(above) + Width(under) > room;
    }

    private static double Width(BoundingBox box) => box.X1 - box.X0;
}
