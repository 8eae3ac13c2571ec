using Xunit.Abstractions;

namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Precision and recall of figures on the held-out page. A row counts as found when text, value, unit and
/// qualifier all match a hand label on the same line; labels are scored apart, as agreement on the matched rows.
/// The floors are the numbers measured when the page was first run; they may rise, never fall.
/// </summary>
public sealed class HeldOutPageFigureTests(ITestOutputHelper output)
{
    // First run, 2026-11-27: gold 52, found 51, 49 matched: precision 0.961, recall 0.942; labels agreed on 30 of 49.
    // Its misses (签约 read as 约, 前7个月, 半米, 八成, 亿元以上) were then fixed by general rules, after which this page
    // scores 1.0 / 1.0; it is no longer held out, so the floors stay at the first run.
    private const double PrecisionFloor = 0.96;
    private const double RecallFloor = 0.94;
    private const double LabelAgreementFloor = 0.61;

    [Fact]
    public void Extract_HeldOutPage_MeetsMeasuredPrecisionAndRecall()
    {
        var lines = HeldOutPage.Lines();
        var gold = HeldOutPage.Gold("gold-figures.txt");
        var found = lines.SelectMany((l, i) => FigureRows.Extract(l).Select(r => (Line: i + 1, Row: r))).ToList();

        var (precision, recall, labelAgreement) = HeldOutFigureScore.Measure(gold, found, output);

        Assert.True(precision >= PrecisionFloor, $"precision {precision:F3} < {PrecisionFloor}");
        Assert.True(recall >= RecallFloor, $"recall {recall:F3} < {RecallFloor}");
        Assert.True(labelAgreement >= LabelAgreementFloor, $"label agreement {labelAgreement:F3} < {LabelAgreementFloor}");
    }
}
