using WeiduEtl.Parsing.Dates;
using WeiduEtl.Tests.Parsing.Figures;
using Xunit.Abstractions;

namespace WeiduEtl.Tests.Parsing.Dates;

/// <summary>
/// Precision and recall of dates on the second held-out page (an October 2023 evening paper, written after the
/// rules were final), read as one article body with the year inferred from the page itself.
/// </summary>
public sealed class HeldOutEveningPageDateTests(ITestOutputHelper output)
{
    // First run, 2026-11-27: gold 10, found 10, all right (year inferred 2023): precision 1.0, recall 1.0.
    private const double PrecisionFloor = 1.0;
    private const double RecallFloor = 1.0;

    [Fact]
    public void Extract_EveningPageWithInferredYear_MeetsMeasuredPrecisionAndRecall()
    {
        var extractor = new RuleBasedDateExtractor();
        var body = HeldOutPage.Body(HeldOutPage.Evening);
        var year = extractor.InferYear(HeldOutPage.Lines(HeldOutPage.Evening));
        var gold = HeldOutPage.Gold("evening-gold-dates.txt");
        var found = extractor.Extract(body, year).Select(d => (Line: HeldOutPage.LineOf(body, d.CharStart), Row: DateRows.Format(d))).ToList();

        var (precision, recall, misses, extras) = HeldOutPage.Score(gold, found);

        output.WriteLine($"dates (inferred year {year}): gold {gold.Count}, found {found.Count}, precision {precision:F3}, recall {recall:F3}");
        misses.ForEach(m => output.WriteLine($"missed  {m}"));
        extras.ForEach(e => output.WriteLine($"extra   {e}"));
        Assert.True(precision >= PrecisionFloor, $"precision {precision:F3} < {PrecisionFloor}");
        Assert.True(recall >= RecallFloor, $"recall {recall:F3} < {RecallFloor}");
    }
}
