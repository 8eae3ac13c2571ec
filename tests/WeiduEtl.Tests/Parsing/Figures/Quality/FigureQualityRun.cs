using System.Globalization;
using WeiduEtl.Parsing.Figures;
using WeiduEtl.Parsing.Figures.Quality;
using Xunit.Abstractions;

namespace WeiduEtl.Tests.Parsing.Figures.Quality;

/// <summary>
/// Runs the real extractor on every labelled article of a set of pages, scores it with
/// <see cref="FigureQualityScorer"/> and writes the report: one line per page, every difference, and the total. Held-out
/// pages get the total only: their differences must not reach whoever writes rules, even from a failing test's output.
/// </summary>
public static class FigureQualityRun
{
    private static readonly RuleBasedFigureExtractor Extractor = new();

    public static FigureQualityScores Score(IEnumerable<LabelledPage> pages, string title, ITestOutputHelper output, bool totalOnly = false)
    {
        var total = FigureQualityScores.Zero;
        output.WriteLine($"== {title}");
        output.WriteLine("page          labelled  found  qualifier  labels agree  extra  false");
        foreach (var page in pages)
        {
            var reports = page.Articles.Select(a => FigureQualityScorer.Score(a.Article, Extractor.Extract(a.Body))).ToList();
            var scores = reports.Aggregate(FigureQualityScores.Zero, (sum, r) => sum.Plus(r.Scores));
            total = total.Plus(scores);
            if (totalOnly)
            {
                continue;
            }
            output.WriteLine(Line(page.Name, scores));
            foreach (var report in reports)
            {
                report.Differences.ToList().ForEach(d => output.WriteLine($"    a{report.Article.Index} {d}"));
            }
        }
        output.WriteLine(Line("total", total));
        return total;
    }

    private static string Line(string name, FigureQualityScores s) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-13} {s.Labelled,8}  {s.Found,3} {s.FoundRate,5:P0}  {s.QualifierRate,9:P0}  {s.LabelAgreed,3}/{s.LabelScored,-3} {s.LabelAgreement,4:P0}  {s.Extra,5}  {s.FalseFigures,5}");
}
