using UglyToad.PdfPig.Core;
using WeiduEtl.Parsing.Pdf;

namespace WeiduEtl.Tests.Parsing.Pdf;

/// <summary>
/// Which painted paths are rules: a stroked horizontal segment or a flat filled rectangle, long enough to rule off a
/// story. Tints, frames' sides, underlines and clipping paths are not.
/// </summary>
public sealed class RuleTracerTests
{
    [Fact]
    public void Stroke_HorizontalSegment_IsARule()
    {
        var tracer = new RuleTracer();
        tracer.MoveTo(new PdfPoint(34, 500));
        tracer.LineTo(new PdfPoint(412, 500.2));
        tracer.Stroke();

        var rule = Assert.Single(tracer.Rules);
        Assert.Equal((34, 412), (rule.X0, rule.X1));
    }

    [Fact]
    public void Fill_FlatRectangle_IsARuleAndATint_IsNot()
    {
        var tracer = new RuleTracer();
        tracer.Rectangle(new PdfPoint(429, 107), new PdfPoint(808, 109.2)); // a 2.2 pt border drawn as a bar
        tracer.Fill();
        tracer.Rectangle(new PdfPoint(34, 300), new PdfPoint(214, 400));    // a box's tint
        tracer.Fill();

        var rule = Assert.Single(tracer.Rules);
        Assert.Equal(108.1, rule.Y, 1);
    }

    [Fact]
    public void Stroke_ClosedShapeWithACurve_ClosesToWhereTheSubpathStarted()
    {
        // A pennant drawn up a side, round a curve and back: its closing line runs down to the first point, slanting.
        var tracer = new RuleTracer();
        tracer.MoveTo(new PdfPoint(0, 0));
        tracer.LineTo(new PdfPoint(0, 50));
        tracer.CurveTo(new PdfPoint(20, 100));
        tracer.LineTo(new PdfPoint(40, 60));
        tracer.LineTo(new PdfPoint(80, 100));
        tracer.Close();
        tracer.Stroke();

        Assert.Empty(tracer.Rules);
    }

    [Fact]
    public void Paint_UnderlineVerticalLineAndClippingPath_AreNotRules()
    {
        var tracer = new RuleTracer();
        tracer.MoveTo(new PdfPoint(100, 500));
        tracer.LineTo(new PdfPoint(112, 500));                             // an underline under one word
        tracer.Stroke();
        tracer.MoveTo(new PdfPoint(220, 100));
        tracer.LineTo(new PdfPoint(220, 900));                             // a column rule
        tracer.Stroke();
        tracer.Rectangle(new PdfPoint(34, 600), new PdfPoint(400, 601));
        tracer.Discard();                                                  // re W n: a clip, never painted

        Assert.Empty(tracer.Rules);
    }
}
