using WeiduEtl.Parsing.Figures;
using Xunit.Abstractions;

namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Precision and recall of figures on the second held-out page (an evening paper, written after the rules were
/// final), read as one article body. Same scoring as <see cref="HeldOutPageFigureTests"/>; the floors are the
/// numbers measured on its first run.
/// </summary>
public sealed class HeldOutEveningPageFigureTests(ITestOutputHelper output)
{
    // First run, 2026-11-27: gold 39, found 38, 37 matched: precision 0.974, recall 0.949; labels agreed on 18 of 37.
    // Missed: 突破6万人次 read as exact (突破 is not a qualifier word), 三五年 (non-neighbouring digits as an estimate).
    // Since issue 19 突破 is `over` and part of the span (the gold row's text says so); labels are scored by
    // FigureQualityScorer.LabelsAgree, under which this page now agrees on 31 of 38.
    private const double PrecisionFloor = 0.97;
    private const double RecallFloor = 0.94;
    private const double LabelAgreementFloor = 0.48;

    [Fact]
    public void Extract_EveningPage_MeetsMeasuredPrecisionAndRecall()
    {
        var body = HeldOutPage.Body(HeldOutPage.Evening);
        var gold = HeldOutPage.Gold("evening-gold-figures.txt");
        var found = new RuleBasedFigureExtractor().Extract(body)
            .Select(f => (Line: HeldOutPage.LineOf(body, f.CharStart), Row: FigureRows.Format(f))).ToList();

        var (precision, recall, labelAgreement) = HeldOutFigureScore.Measure(gold, found, output);

        Assert.True(precision >= PrecisionFloor, $"precision {precision:F3} < {PrecisionFloor}");
        Assert.True(recall >= RecallFloor, $"recall {recall:F3} < {RecallFloor}");
        Assert.True(labelAgreement >= LabelAgreementFloor, $"label agreement {labelAgreement:F3} < {LabelAgreementFloor}");
    }
}
