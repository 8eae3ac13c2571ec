using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Ports;
using WeiduEtl.Parsing.Pdf;

namespace WeiduEtl.Tests.Parsing.Pdf;

/// <summary>Files a run meets in the wild: each is rejected with a reason an operator can act on, or parsed.</summary>
public sealed class PdfBadFileTests
{
    [Theory]
    [InlineData("bad/encrypted.pdf", "encrypted")]
    [InlineData("bad/truncated.pdf", "truncated")]
    [InlineData("bad/not-a-pdf.pdf", "not a PDF")]
    [InlineData("bad/zero-pages.pdf", "no pages")]
    [InlineData("bad/200-pages.pdf", "200 pages")]
    public void Parse_BadFile_IsRejectedWithReason(string file, string reason)
    {
        var error = Assert.Throws<DocumentRejectedException>(() => PdfFixtures.Parse(file));

        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Parse_EmptyFile_IsRejectedAsEmpty()
    {
        var error = Assert.Throws<DocumentRejectedException>(() => new PdfIssueParser().Parse(new SourceDocument("x.pdf", [], MediaTypes.Pdf)));

        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void Parse_GarbageAfterHeader_IsRejectedAsDamaged()
    {
        var bytes = "%PDF-1.7\n"u8.ToArray().Concat(Enumerable.Range(0, 4000).Select(i => (byte)(i * 31 % 251))).Concat("\n%%EOF\n"u8.ToArray()).ToArray();

        var error = Assert.Throws<DocumentRejectedException>(() => new PdfIssueParser().Parse(new SourceDocument("x.pdf", bytes, MediaTypes.Pdf)));

        Assert.Contains("damaged", error.Message);
    }

    [Fact]
    public void Parse_EncryptedWithEmptyUserPassword_OpensLikeThePlainFile()
    {
        var plain = PdfFixtures.Parse("district-page.pdf");

        var encrypted = PdfFixtures.Parse("bad/encrypted-no-user-password.pdf");

        Assert.Equal(PdfFixtures.ToJson(plain), PdfFixtures.ToJson(encrypted));
    }

    [Fact]
    public void Parse_ScannedPage_WarnsOcrIsNotSupportedAndKeepsThePicture()
    {
        var issue = PdfFixtures.Parse("scan-page.pdf");

        Assert.Empty(issue.Articles);
        Assert.Contains(issue.Warnings, w => w.Contains("no text layer", StringComparison.Ordinal) && w.Contains("OCR is not supported", StringComparison.Ordinal));
        var photo = Assert.Single(issue.LoosePhotos);
        Assert.Equal("jpg", photo.Image!.Extension);
        Assert.Equal((420, 220), (photo.Image.WidthPx, photo.Image.HeightPx));
    }
}
