using System.Security.Cryptography;
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
}
