namespace WeiduEtl.Parsing.Figures.Quality;

/// <summary>The scores of one article and, for people, one line per difference (missed, qualifier, label, extra, false).</summary>
public sealed record FigureQualityReport(LabelledArticle Article, FigureQualityScores Scores, IReadOnlyList<string> Differences);
