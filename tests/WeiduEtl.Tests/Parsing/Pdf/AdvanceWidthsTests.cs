using UglyToad.PdfPig.PdfFonts;
using WeiduEtl.Parsing.Pdf;

namespace WeiduEtl.Tests.Parsing.Pdf;

/// <summary>
/// <see cref="SimpleWidths"/> must give a simple font's advances exactly as PdfPig's glyph boxes do, and must be found for
/// LibreOffice's fonts (else the text layer silently falls back to running every glyph's outline program).
/// </summary>
public sealed class AdvanceWidthsTests
{
    [Theory]
    [InlineData("libreoffice-page.pdf")]
    [InlineData("libreoffice-a3-page.pdf")]
    public void Of_LibreOfficeFonts_GivesPdfPigsAdvanceForEveryCodeInRange(string file)
    {
        using var document = PdfDocumentOpener.Open(File.ReadAllBytes(Path.Combine(PdfFixtures.PagesFolder, file)));
        var fonts = document.GetPage(1).Letters.Select(l => l.GetFont()).OfType<IFont>().Distinct().ToList();
        var read = 0;
        foreach (var font in fonts)
        {
            if (AdvanceWidths.Of(font, document.Structure.TokenScanner) is not SimpleWidths widths)
            {
                continue;
            }
            read++;
            for (var code = 0; code < 256; code++)
            {
                if (widths.TryGetAdvance(code, out var advance))
                {
                    Assert.Equal(font.GetBoundingBox(code).Width, advance);
                }
            }
        }
        Assert.True(read > 0, $"{file}: none of its {fonts.Count} fonts had /FirstChar and /Widths read");
    }
}
