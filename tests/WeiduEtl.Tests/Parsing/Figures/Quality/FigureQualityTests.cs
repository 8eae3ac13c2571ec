using WeiduEtl.Parsing.Figures.Quality;
using Xunit.Abstractions;

namespace WeiduEtl.Tests.Parsing.Figures.Quality;

/// <summary>
/// Figures on hand-labelled corpus pages (tests/fixtures/figures, conventions in its README): found with value and
/// unit, qualifiers right, labels agreeing with a reader's, and figures taken from years, dates, ordinals, names or
/// set phrases. Rule-writing pages and held-out pages are reported apart. Floors are measured values; they may rise.
/// </summary>
public sealed class FigureQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Extract_RuleWritingPages_MeetsMeasuredFloors()
    {
        var scores = FigureQualityRun.Score(FigureLabelFixtures.Load().Where(p => !p.HeldOut), "rule-writing pages", output);

        AssertFloors(scores, found: 0.0, qualifiers: 0.0, labels: 0.0);
    }

    [Fact]
    public void Extract_HeldOutPages_MeetsMeasuredFloors()
    {
        var scores = FigureQualityRun.Score(FigureLabelFixtures.Load().Where(p => p.HeldOut), "held-out pages (2020-01-20)", output);

        AssertFloors(scores, found: 0.0, qualifiers: 0.0, labels: 0.0);
    }

    private static void AssertFloors(FigureQualityScores scores, double found, double qualifiers, double labels)
    {
        Assert.True(scores.FoundRate >= found, $"found {scores.FoundRate:F3} < {found}");
        Assert.True(scores.QualifierRate >= qualifiers, $"qualifiers {scores.QualifierRate:F3} < {qualifiers}");
        Assert.True(scores.LabelAgreement >= labels, $"labels {scores.LabelAgreement:F3} < {labels}");
        Assert.Equal(0, scores.FalseFigures);
    }
}
