namespace WeiduEtl.Tests.Parsing.Pdf;

/// <summary>
/// Whole pages end to end against goldens read by a person: the seed page, a second page in other fonts, the
/// article parser's city_briefs, dense front and two-page county pages, a scanned page, a 20,000-letter table, and
/// the national-daily page printed by LibreOffice both as a one-column document and as an A3 page in four columns.
/// </summary>
public sealed class PdfGoldenTests
{
    [Theory]
    [InlineData("seed-page.pdf")]
    [InlineData("district-page.pdf")]
    [InlineData("city-briefs-page.pdf")]
    [InlineData("scan-page.pdf")]
    [InlineData("table-page.pdf")]
    [InlineData("libreoffice-page.pdf")]
    [InlineData("libreoffice-a3-page.pdf")]
    [InlineData("dense-front-page.pdf")]
    [InlineData("county-two-pages.pdf")]
    public void Parse_CommittedPage_MatchesGolden(string pdf)
    {
        var issue = PdfFixtures.Parse(pdf);

        PdfFixtures.AssertGolden(pdf, PdfFixtures.ToJson(issue));
    }
}
