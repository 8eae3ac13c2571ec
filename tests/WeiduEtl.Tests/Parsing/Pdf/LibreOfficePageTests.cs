using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Pdf;

/// <summary>
/// The national-daily test page printed by LibreOffice as a one-column document (another PDF writer than
/// Chromium); its golden and the text parity test hold the rest.
/// </summary>
public sealed class LibreOfficePageTests
{
    private static readonly ParsedIssue Issue = PdfFixtures.Parse("libreoffice-page.pdf");

    [Fact]
    public void Parse_LibreOfficePage_ReadsDateAndLabelFromTheHeaderLine()
    {
        Assert.Equal(new DateOnly(2024, 10, 10), Issue.IssueDate);
        Assert.Equal("要闻", Issue.PageLabel);
        Assert.Empty(Issue.UnplacedLines);
    }

    [Fact]
    public void Parse_LibreOfficePage_FindsDatelinesWithTheirReporters()
    {
        var xinhua = Assert.Single(Issue.Articles, a => a.Dateline == "新华社北京10月9日电");
        Assert.Equal(["陈晓", "刘畅"], xinhua.NamesIn(ContributorRole.Reporter));
        var own = Assert.Single(Issue.Articles, a => a.Dateline == "本报北京10月9日电");
        Assert.Equal(["王远"], own.NamesIn(ContributorRole.Reporter));
    }

    [Fact]
    public void Parse_LibreOfficePage_TakesTheCaptionAndCreditOutOfTheBody()
    {
        var photo = Assert.Single(Issue.Articles.SelectMany(a => a.Photos));
        Assert.Equal("10月8日，农民在江淮某粮食收储库排队售粮。", photo.Caption);
        Assert.Equal("李明", photo.Credit);
        Assert.DoesNotContain(Issue.Articles, a => a.Body.Contains("排队售粮", StringComparison.Ordinal));
    }
}
