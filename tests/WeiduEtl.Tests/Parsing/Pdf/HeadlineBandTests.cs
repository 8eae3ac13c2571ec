using WeiduEtl.Parsing.Pdf;

namespace WeiduEtl.Tests.Parsing.Pdf;

/// <summary>
/// Two headlines side by side on one baseline, the white between them narrower than an em of their size: they are
/// two lines when the body text under them shows a gutter there, even when a caption and its credit stand between the
/// headlines and that text, or the two articles' lines do not share baselines. Made-up page: 8 pt body in 10-em columns, 16 pt headlines (PDF points, y up).
/// </summary>
public sealed class HeadlineBandTests
{
    private const double Em = 8;
    private static readonly double[] ColumnLefts = [20, 112, 204, 296];

    private static IEnumerable<PdfGlyph> Row(string text, double x, double baseline, double size = Em)
    {
        foreach (var ch in text)
        {
            yield return new PdfGlyph(ch.ToString(), x, x + size, baseline, size);
            x += size;
        }
    }

    [Fact]
    public void Build_HeadlinesSideBySideOverAGutterFarBelow_AreTwoLines()
    {
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Row("坚持改革创新推动高质量", 20, 700, 16));
        glyphs.AddRange(Row("城市书房开放", 204, 700, 16));
        glyphs.AddRange(Row("发展再上新台阶", 20, 680, 16));
        glyphs.AddRange(Row("图为书房一角", ColumnLefts[3], 672));
        glyphs.AddRange(Row("王明摄", ColumnLefts[3], 662));
        foreach (var baseline in new double[] { 648, 636, 624, 612 })
        {
            glyphs.AddRange(ColumnLefts.SelectMany(x => Row("区文化馆组织志愿者开", x, baseline)));
        }

        var lines = LineBuilder.Build(glyphs);

        Assert.Contains(lines, l => l.Text == "坚持改革创新推动高质量");
        Assert.Contains(lines, l => l.Text == "城市书房开放");
    }

    [Fact]
    public void Build_HeadlinesSideBySideOverArticlesWhoseLinesDoNotShareBaselines_AreTwoLines()
    {
        // Two articles side by side: the left one's lines sit 5 pt lower than the right one's, so no baseline has
        // letters on both sides of the gutter under the two headlines.
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(Row("坚持改革创新推动高质量", 20, 700, 16));
        glyphs.AddRange(Row("城市书房开放", 204, 700, 16));
        foreach (var baseline in new double[] { 676, 664, 652, 640 })
        {
            glyphs.AddRange(ColumnLefts[..2].SelectMany(x => Row("区文化馆组织志愿者开", x, baseline - 5)));
            glyphs.AddRange(ColumnLefts[2..].SelectMany(x => Row("区文化馆组织志愿者开", x, baseline)));
        }

        var lines = LineBuilder.Build(glyphs);

        Assert.Contains(lines, l => l.Text == "坚持改革创新推动高质量");
        Assert.Contains(lines, l => l.Text == "城市书房开放");
    }
}
