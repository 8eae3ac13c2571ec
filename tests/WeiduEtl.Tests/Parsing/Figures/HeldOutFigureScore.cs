using WeiduEtl.Parsing.Figures.Quality;
using Xunit.Abstractions;

namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Scores found figure rows against a held-out page's hand labels: a row is found when text, value, unit and
/// qualifier match a label on the same line; labels are scored apart, as agreement on the matched rows (since issue 19
/// with <see cref="FigureQualityScorer.LabelsAgree"/>: 城镇居民人均可支配收入 agrees with a hand label 人均可支配收入).
/// Misses, extras and label disagreements go to the test output.
/// </summary>
public static class HeldOutFigureScore
{
    public static (double Precision, double Recall, double LabelAgreement) Measure(
        IReadOnlyList<(int Line, string Row)> gold, IReadOnlyList<(int Line, string Row)> found, ITestOutputHelper output)
    {
        var (precision, recall, misses, extras) = HeldOutPage.Score(
            [.. gold.Select(g => (g.Line, WithoutLabel(g.Row)))], [.. found.Select(f => (f.Line, WithoutLabel(f.Row)))]);
        var matched = found.Where(f => gold.Any(g => g.Line == f.Line && WithoutLabel(g.Row) == WithoutLabel(f.Row))).ToList();
        var labelAgreement = matched.Count == 0 ? 0 : (double)matched.Count(f => gold.Any(g => g.Line == f.Line && LabelAgrees(g.Row, f.Row))) / matched.Count;

        output.WriteLine($"figures: gold {gold.Count}, found {found.Count}, precision {precision:F3}, recall {recall:F3}, label agreement {labelAgreement:F3}");
        misses.ForEach(m => output.WriteLine($"missed  {m}"));
        extras.ForEach(e => output.WriteLine($"extra   {e}"));
        matched.Where(f => !gold.Any(g => g.Line == f.Line && LabelAgrees(g.Row, f.Row))).ToList()
            .ForEach(f => output.WriteLine($"label   {f.Line}: {f.Row}"));
        return (precision, recall, labelAgreement);
    }

    /// <summary>
    /// Same figure and agreeing labels, as <see cref="FigureQualityScorer.LabelsAgree"/> decides with the hand label as
    /// the head noun; a hand label "-" agrees only with no label.
    /// </summary>
    private static bool LabelAgrees(string goldRow, string foundRow)
    {
        var (goldLabel, foundLabel) = (goldRow.Split('|')[1], foundRow.Split('|')[1]);
        return WithoutLabel(goldRow) == WithoutLabel(foundRow)
            && (goldLabel == "-" ? foundLabel == "-" : FigureQualityScorer.LabelsAgree(foundLabel == "-" ? null : foundLabel, new LabelledFigure("", 0, "", default, goldLabel, null)));
    }

    private static string WithoutLabel(string row)
    {
        var parts = row.Split('|');
        return string.Join('|', parts[0], parts[2], parts[3], parts[4]);
    }
}
