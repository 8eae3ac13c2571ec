using WeiduEtl.Parsing.Figures.Quality;

namespace WeiduEtl.Tests.Parsing.Figures.Quality;

/// <summary>
/// Reads tests/fixtures/figures (copied beside the tests): labels/&lt;page&gt;.json (hand labels, by article index) and
/// pages/&lt;page&gt;.json (the corpus page they label), through <see cref="FigureLabelPage.ReadFolder"/>.
/// </summary>
public static class FigureLabelFixtures
{
    public static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Parsing", "Figures", "Quality", "Fixtures");

    public static IReadOnlyList<LabelledPage> Load() =>
        [.. FigureLabelPage.ReadFolder(Root).Select(p =>
            new LabelledPage(p.Labels.Page, p.Labels.HeldOut, [.. p.Labels.Articles.Select(a => (a, p.Bodies[a.Index]))]))];
}
