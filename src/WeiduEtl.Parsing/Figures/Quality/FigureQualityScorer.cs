using System.Globalization;
using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Figures.Quality;

/// <summary>
/// Scores the figures extracted from one article against its hand labels. Pure: labels and figures in, scores out.
/// A labelled figure is found by the extracted figure with the same value and unit, taken in reading order (the
/// first unused one at or after the previous match, else the first unused one), preferring one printed the same.
/// </summary>
public static class FigureQualityScorer
{
    public static FigureQualityReport Score(LabelledArticle article, IReadOnlyList<FigureMention> extracted)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(extracted);
        var used = new bool[extracted.Count];
        var differences = new List<string>();
        int found = 0, qualifierRight = 0, labelScored = 0, labelAgreed = 0, lastStart = 0;
        foreach (var gold in article.Figures)
        {
            var at = Match(gold, extracted, used, lastStart);
            if (at < 0)
            {
                differences.Add($"missed     {gold.Text} = {Describe(gold.Value, gold.Unit, gold.Qualifier)} [{gold.Label ?? "-"}]");
                continue;
            }
            used[at] = true;
            var figure = extracted[at];
            lastStart = figure.CharStart;
            found++;
            if (figure.Qualifier == gold.Qualifier)
            {
                qualifierRight++;
            }
            else
            {
                differences.Add($"qualifier  {figure.Text}: {Name(figure.Qualifier)}, labelled {Name(gold.Qualifier)}");
            }
            if (gold.Label is null)
            {
                continue;
            }
            labelScored++;
            if (LabelsAgree(figure.Label, gold))
            {
                labelAgreed++;
            }
            else
            {
                differences.Add($"label      {figure.Text}: {figure.Label ?? "-"}, labelled {gold.Label} ({gold.Head ?? gold.Label})");
            }
        }
        int extra = 0, falseFigures = 0;
        for (var i = 0; i < extracted.Count; i++)
        {
            if (used[i])
            {
                continue;
            }
            var figure = extracted[i];
            extra++;
            var never = article.Never.FirstOrDefault(n => Overlaps(n, figure.Text));
            if (never is not null)
            {
                falseFigures++;
            }
            differences.Add($"{(never is null ? "extra    " : "FALSE    ")}  {figure.Text} = {Describe(figure.Value, figure.Unit, figure.Qualifier)} [{figure.Label ?? "-"}]{(never is null ? "" : $" over never-a-figure {never}")}");
        }
        return new FigureQualityReport(article, new FigureQualityScores(article.Figures.Count, found, qualifierRight, labelScored, labelAgreed, extra, falseFigures), differences);
    }

    /// <summary>
    /// An extracted label agrees with a hand label when, with spaces and punctuation removed, it contains one of the
    /// label's head nouns (利润总额 in 全国规模以上工业企业利润总额), or a head noun contains it and it has at least two
    /// characters (产量 for the head 粮食产量). A missing label never agrees.
    /// </summary>
    public static bool LabelsAgree(string? extracted, LabelledFigure gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        if (extracted is null)
        {
            return false;
        }
        var label = Normalize(extracted);
        return label.Length > 0 && gold.Heads.Select(Normalize)
            .Any(head => head.Length > 0 && (label.Contains(head, StringComparison.Ordinal) || label.Length >= 2 && head.Contains(label, StringComparison.Ordinal)));
    }

    private static int Match(LabelledFigure gold, IReadOnlyList<FigureMention> extracted, bool[] used, int lastStart)
    {
        var candidates = Enumerable.Range(0, extracted.Count)
            .Where(i => !used[i] && extracted[i].Value == gold.Value && extracted[i].Unit == gold.Unit)
            .ToList();
        if (candidates.Count == 0)
        {
            return -1;
        }
        var ahead = candidates.Where(i => extracted[i].CharStart >= lastStart).ToList();
        var pool = ahead.Count > 0 ? ahead : candidates;
        return pool.Cast<int?>().FirstOrDefault(i => extracted[i!.Value].Text == gold.Text) ?? pool[0];
    }

    private static bool Overlaps(string never, string text) =>
        never.Contains(text, StringComparison.Ordinal) || text.Contains(never, StringComparison.Ordinal);

    private static string Normalize(string label) =>
        new([.. label.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c))]);

    private static string Describe(decimal value, string unit, FigureQualifier qualifier) =>
        $"{value.ToString(CultureInfo.InvariantCulture)} {(unit.Length == 0 ? "(no unit)" : unit)} {Name(qualifier)}";

    /// <summary>The dataset's spelling of a qualifier (at_most, at_least).</summary>
    public static string Name(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.AtMost => "at_most",
        FigureQualifier.AtLeast => "at_least",
        _ => qualifier.ToString().ToLowerInvariant(),
    };
}
