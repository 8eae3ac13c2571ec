using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Runs;
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
    public void Parse_BytesAfterEof_ParsesLikeThePlainFile()
    {
        var plain = PdfFixtures.Document("district-page.pdf");
        var padded = plain with { Content = [.. plain.Content, .. Enumerable.Repeat((byte)0, 8192), .. "trailing mail footer\n"u8] };

        Assert.Equal(PdfFixtures.ToJson(new PdfIssueParser().Parse(plain)), PdfFixtures.ToJson(new PdfIssueParser().Parse(padded)));
    }

    [Fact]
    public void Parse_IncrementalUpdateCutOffAfterAnEarlierEof_IsRejectedAsTruncated()
    {
        var plain = PdfFixtures.Document("libreoffice-page.pdf");
        var cut = plain with { Content = [.. plain.Content, .. "12 0 obj\n<< /Type /Annot /Subtype /Text"u8] };

        var error = Assert.Throws<DocumentRejectedException>(() => new PdfIssueParser().Parse(cut));

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PageTreeEntryOfTheWrongKind_SaysDamagedInWordsAndKeepsTheCauseForTheLedger()
    {
        var bytes = TinyDamagedPdf("/Type /Catalog /Pages 7");

        var error = Assert.Throws<DocumentRejectedException>(() => new PdfIssueParser().Parse(new SourceDocument("x.pdf", bytes, MediaTypes.Pdf)));

        Assert.StartsWith("the PDF is damaged", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("UglyToad", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Unable to cast", error.Message, StringComparison.Ordinal);
        Assert.Contains(" in PdfPig (UglyToad.PdfPig.", FailureReason.Detail(error), StringComparison.Ordinal);
    }

    /// <summary>A one-object PDF whose catalog is <paramref name="catalog"/>, with a correct xref table.</summary>
    private static byte[] TinyDamagedPdf(string catalog)
    {
        var head = "%PDF-1.7\n";
        var obj = $"1 0 obj\n<< {catalog} >>\nendobj\n";
        var xref = head.Length + obj.Length;
        var text = head + obj + $"xref\n0 2\n0000000000 65535 f \n{head.Length:D10} 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n";
        return System.Text.Encoding.ASCII.GetBytes(text);
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
