using System.Security.Cryptography;
using Dapper;
using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests;

public sealed class PdfPageTests
{
    [Fact]
    public async Task Run_WithPagePdf_PublishesArticlesWithBboxAndPictureFiles()
    {
        using var ws = new Workspace();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "pages", "district-page.pdf"), Path.Combine(ws.Seeds, "district-page.pdf"));

        var result = await ws.RunAsync("run");

        Assert.True(result.ExitCode == 0, result.ToString());
        var snapshot = SnapshotAssert.LatestFolder(ws.OutputPath);
        SnapshotAssert.IsComplete(snapshot);
        var pdfIssue = SnapshotAssert.Rows(snapshot, "issues").Single(i => i.GetProperty("media_type").GetString() == "application/pdf");
        var issueId = pdfIssue.GetProperty("issue_id").GetString();
        var articles = SnapshotAssert.Rows(snapshot, "articles").Where(a => a.GetProperty("issue_id").GetString() == issueId).ToList();
        Assert.NotEmpty(articles);
        Assert.All(articles, a => Assert.Equal(4, a.GetProperty("bbox").GetArrayLength()));
        var pictures = SnapshotAssert.Rows(snapshot, "photos")
            .Where(p => p.GetProperty("issue_id").GetString() == issueId && p.GetProperty("image_path").GetString() is not null).ToList();
        Assert.NotEmpty(pictures);
        foreach (var picture in pictures)
        {
            var bytes = File.ReadAllBytes(Path.Combine(snapshot, picture.GetProperty("image_path").GetString()!));
            Assert.Equal(picture.GetProperty("image_sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
            Assert.True(picture.GetProperty("width_px").GetInt32() > 0);
        }
    }

    [Fact]
    public async Task Run_ManyPagesParsedOnEveryCore_StoresThemInFolderOrderAndADuplicateOnce()
    {
        using var ws = new Workspace();
        var pages = new[] { "city-briefs-page.pdf", "dense-front-page.pdf", "district-page.pdf", "libreoffice-a3-page.pdf", "seed-page.pdf" };
        foreach (var page in pages)
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "pages", page), Path.Combine(ws.Seeds, page));
        }
        File.Copy(Path.Combine(ws.Seeds, "seed-page.pdf"), Path.Combine(ws.Seeds, "seed-page-again.pdf"));
        File.WriteAllText(Path.Combine(ws.Seeds, "broken.pdf"), "%PDF-1.7 cut off");

        var result = await ws.RunAsync("run");

        Assert.True(result.ExitCode == 1, result.ToString());
        using var db = ws.OpenDatabase();
        var ledger = db.Query<(string SourceUri, string Outcome)>(
            "SELECT source_uri AS SourceUri, outcome AS Outcome FROM run_documents WHERE run_id = 1 ORDER BY id").ToList();
        var inFolderOrder = Directory.GetFiles(ws.Seeds).Select(f => "seeds/" + Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(inFolderOrder, ledger.Select(d => d.SourceUri));
        Assert.Equal("failed", ledger.Single(d => d.SourceUri == "seeds/broken.pdf").Outcome);
        Assert.Equal("unchanged", ledger.Single(d => d.SourceUri == "seeds/seed-page.pdf").Outcome);
        Assert.Equal("stored", ledger.Single(d => d.SourceUri == "seeds/seed-page-again.pdf").Outcome);
        Assert.Equal(inFolderOrder.Count - 2, ws.Count("issues"));
    }
}
