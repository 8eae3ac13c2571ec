using UglyToad.PdfPig.Content;
using WeiduEtl.Parsing.Pdf;
using WeiduEtl.Tests.Quality;

namespace WeiduEtl.Tests.Parsing.Pdf;

/// <summary>
/// <see cref="TextLayerPage"/> reads a page without PdfPig's <c>Page</c>; what it keeps must be PdfPig's to the last bit,
/// on every committed page PDF (Chromium's Type 3 and CID fonts, LibreOffice's Type 1, a scan, held-out and corpus pages).
/// </summary>
public sealed class TextLayerPageTests
{
    public static TheoryData<string> Pdfs()
    {
        var folders = new[]
        {
            PdfFixtures.PagesFolder,
            Path.Combine(AppContext.BaseDirectory, "Parsing", "Pdf", "HeldOut"),
            Path.Combine(CorpusPages.Folder, "pdf-a"),
            Path.Combine(CorpusPages.Folder, "pdf-b"),
        };
        return [.. folders.SelectMany(f => Directory.EnumerateFiles(f, "*.pdf")).Order(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(Pdfs))]
    public void Read_CommittedPage_KeepsPdfPigsLettersPicturesAndHeight(string path)
    {
        using var document = PdfDocumentOpener.Open(File.ReadAllBytes(path));
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            var theirs = document.GetPage(number);
            var ours = TextLayerPage.Read(document, number);

            Assert.Equal(theirs.Height, ours.Height);
            Assert.Equal(theirs.Letters.Count, ours.Letters.Count);
            for (var i = 0; i < ours.Letters.Count; i++)
            {
                Assert.Equal(Expected(theirs.Letters[i]), ours.Letters[i]);
            }
            Assert.Equal(
                theirs.GetImages().Select(i => (i.BoundingBox, i.WidthInSamples, i.HeightInSamples, i.RawMemory.Length)),
                ours.GetImages().Select(i => (i.BoundingBox, i.WidthInSamples, i.HeightInSamples, i.RawMemory.Length)));
        }
    }

    private static PageLetter Expected(Letter letter) => new(
        letter.Value, letter.StartBaseLine.X, letter.StartBaseLine.Y, letter.EndBaseLine.X, letter.EndBaseLine.Y,
        letter.PointSize, letter.TextOrientation, letter.TextSequence);
}
