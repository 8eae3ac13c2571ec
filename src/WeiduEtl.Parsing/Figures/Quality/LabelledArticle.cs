namespace WeiduEtl.Parsing.Figures.Quality;

/// <summary>One article's hand labels: every figure a reader takes as a quantity, and the spans that are never one.</summary>
/// <param name="Page">The page the article is on (20200113-08).</param>
/// <param name="Index">The article's index on its page, from 0.</param>
/// <param name="Never">Spans a reader would never take as a figure: years, dates, ordinals, names, set phrases (2019年, 第四年, 5G).</param>
public sealed record LabelledArticle(string Page, int Index, IReadOnlyList<LabelledFigure> Figures, IReadOnlyList<string> Never);
