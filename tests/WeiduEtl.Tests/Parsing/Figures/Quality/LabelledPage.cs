using WeiduEtl.Parsing.Figures.Quality;

namespace WeiduEtl.Tests.Parsing.Figures.Quality;

/// <summary>A corpus page with hand-labelled figures: each labelled article with its body as the pipeline joins it.</summary>
/// <param name="HeldOut">Kept out of rule writing: its extracted figures were not looked at while rules were written.</param>
public sealed record LabelledPage(string Name, bool HeldOut, IReadOnlyList<(LabelledArticle Article, string Body)> Articles);
