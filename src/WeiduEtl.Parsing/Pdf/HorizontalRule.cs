namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// A thin horizontal line a page draws: newspapers rule off one story from the next and set a rule over a story's
/// head as wide as the columns the story takes, which its headline, set flush left, need not be.
/// </summary>
/// <param name="X0">Left end, in PDF points.</param>
/// <param name="X1">Right end.</param>
/// <param name="Y">Height on the page (y up), the middle of the line's thickness.</param>
internal readonly record struct HorizontalRule(double X0, double X1, double Y)
{
    public double Width => X1 - X0;

    /// <summary>How far the rule and the box share the same stretch of x.</summary>
    public double HorizontalOverlap(Box box) => new Box(X0, Y, X1, Y).HorizontalOverlap(box);
}
