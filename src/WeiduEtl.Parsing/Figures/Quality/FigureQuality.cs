using System.Text.Json.Nodes;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Parsing.Figures.Quality;

/// <summary>
/// Scores an extractor's figures on hand-labelled pages, the pages rules were written from and the held-out ones
/// apart, and writes the scores as the <c>figures</c> section of the quality summary a release publishes in datapackage.json.
/// </summary>
/// <param name="RuleWritingDifferences">Every difference on the rule-writing pages, a line each: page, article (from 1), what differs.</param>
/// <param name="HeldOutDifferences">The same on the held-out pages.</param>
public sealed record FigureQuality(
    int RuleWritingPages, FigureQualityScores RuleWriting, int HeldOutPages, FigureQualityScores HeldOut,
    IReadOnlyList<string> RuleWritingDifferences, IReadOnlyList<string> HeldOutDifferences)
{
    public static FigureQuality Score(IEnumerable<FigureLabelPage> pages, IFigureExtractor extractor)
    {
        var quality = new FigureQuality(0, FigureQualityScores.Zero, 0, FigureQualityScores.Zero, [], []);
        foreach (var page in pages)
        {
            var reports = page.Labels.Articles.Select(a => FigureQualityScorer.Score(a, extractor.Extract(page.Bodies[a.Index]))).ToList();
            var score = reports.Aggregate(FigureQualityScores.Zero, (sum, r) => sum.Plus(r.Scores));
            List<string> differences = [.. reports.SelectMany(r => r.Differences.Select(d => $"{r.Article.Page} article {r.Article.Index + 1}: {d}"))];
            quality = page.Labels.HeldOut
                ? quality with { HeldOutPages = quality.HeldOutPages + 1, HeldOut = quality.HeldOut.Plus(score), HeldOutDifferences = [.. quality.HeldOutDifferences, .. differences] }
                : quality with
                {
                    RuleWritingPages = quality.RuleWritingPages + 1, RuleWriting = quality.RuleWriting.Plus(score),
                    RuleWritingDifferences = [.. quality.RuleWritingDifferences, .. differences],
                };
        }
        return quality;
    }

    public JsonObject ToJson() => new()
    {
        ["labelled_pages"] = $"{RuleWritingPages + HeldOutPages} corpus pages whose figures a person labelled by hand (value, unit, qualifier, label; "
            + $"tests/fixtures/figures): {RuleWritingPages} that rules were written from, {HeldOutPages} kept out of rule writing",
        ["definitions"] = new JsonObject
        {
            ["found"] = "figures a reader labelled that are extracted with the same value and unit",
            ["qualifiers_right"] = "of figures found: the qualifier (exact, approx, over, under, at_most, at_least) is the labelled one",
            ["labels_agree"] = "of figures found that a reader gave a label: the extracted label agrees with it (same head noun phrase)",
            ["extra"] = "extracted figures that match no labelled figure",
            ["false_figures"] = "extra figures over a span a reader marked as never a figure (a year, date, ordinal, name or set phrase)",
        },
        ["rule_writing_pages"] = Scores(RuleWritingPages, RuleWriting),
        ["held_out_pages"] = Scores(HeldOutPages, HeldOut),
    };

    private static JsonObject Scores(int pages, FigureQualityScores s) => new()
    {
        ["pages"] = pages,
        ["labelled"] = s.Labelled,
        ["found"] = Round(s.FoundRate),
        ["qualifiers_right"] = Round(s.QualifierRate),
        ["labels_agree"] = Round(s.LabelAgreement),
        ["extra"] = s.Extra,
        ["false_figures"] = s.FalseFigures,
    };

    private static double Round(double rate) => Math.Round(rate, 3);
}
