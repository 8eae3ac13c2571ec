using System.Runtime.CompilerServices;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Text;

namespace WeiduEtl.Tests.Parsing.Pdf;

/// <summary>A page printed as a PDF and dumped as text reads into the same articles.</summary>
public sealed class PdfTextParityTests
{
    private static string SeedPath([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "..", "seeds", "000_7dfebf5249f9bebd.txt"));

    // What an article says, without where it sits (text has no geometry) and with Chromium's one
    // ToUnicode slip undone: its Noto CJK SC subset maps the glyph of 户 back to U+6236 戶, which no
    // rule may fold in general (traditional text needs 戶).
    private static string Content(ParsedArticle a) => string.Join(
        "\n",
        [a.Kind.ToString(), a.Section, a.Kicker, a.Headline, a.Subheadline, a.Dateline, a.SourceTag,
            string.Join('|', a.Contributors.Select(c => $"{c.Role}:{c.Name}")), string.Join('|', a.Subheadings),
            string.Join('|', a.Photos.Select(p => $"{p.Caption}/{p.Credit}")), .. a.Paragraphs]).Replace('戶', '户');

    [Fact]
    public void Parse_SeedPageAsPdfAndAsText_GivesTheSameArticles()
    {
        var text = new TextIssueParser().Parse(new SourceDocument("seed.txt", File.ReadAllBytes(SeedPath()), MediaTypes.Text));

        var pdf = PdfFixtures.Parse("seed-page.pdf");

        // The one order difference is the layout's: the photo news item sits under 鹿鸣湖社区 in the left
        // columns, so the PDF reads it before the right-hand 颍昌社区 story; the text dump puts it last.
        Assert.Equal(text.Articles.Select(Content).Order(StringComparer.Ordinal), pdf.Articles.Select(Content).Order(StringComparer.Ordinal));
        Assert.Equal(text.Articles.Take(6).Select(Content), pdf.Articles.Take(6).Select(Content));
        Assert.Equal(text.PageLabel, pdf.PageLabel);
    }

    [Theory]
    [InlineData("city_briefs.txt", "city-briefs-page.pdf")]
    [InlineData("national_daily.txt", "libreoffice-page.pdf")]
    [InlineData("national_daily.txt", "libreoffice-a3-page.pdf")]
    [InlineData("dense_front_page.txt", "dense-front-page.pdf")]
    [InlineData("county_two_pages.txt", "county-two-pages.pdf")]
    public void Parse_PageAsPdfAndAsText_GivesTheSameArticlesInTheSameOrder(string textPage, string pdfPage)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Parsing", "Pages", textPage);
        var text = new TextIssueParser().Parse(new SourceDocument(textPage, File.ReadAllBytes(path), MediaTypes.Text));

        var pdf = PdfFixtures.Parse(pdfPage);

        Assert.Equal(text.Articles.Select(Content), pdf.Articles.Select(Content));
        Assert.Equal(text.PageLabel, pdf.PageLabel);
    }
}
