using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace WeiduEtl.IntegrationTests.Serving;

/// <summary>The page as a person's browser sees it: real headless Chromium, no script, over the shared server.</summary>
[Collection(ServedSeedsGroup.Name)]
public sealed partial class BrowserTests(ServedSeeds seeds, ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task Page_InChromium_ShowsTablesAndLinksThatDownloadTheFiles()
    {
        var dom = await Chromium.RunAsync("--dump-dom", seeds.Server.BaseUri.ToString());

        Assert.Contains("<html lang=\"zh-CN\">", dom);
        Assert.Contains("<table class=\"tables\">", dom);
        Assert.Contains("<table class=\"runs\">", dom);
        Assert.Contains("<table class=\"changes\">", dom);
        Assert.Contains("id=\"pipeline-weidu\"", dom);
        foreach (var table in new[] { "issues", "articles", "contributors", "photos", "figures", "dates", "mentions", "quotes" })
        {
            Assert.Contains($"data-table=\"{table}\"", dom);
            Assert.Contains($"href=\"/datasets/weidu/snapshots/{seeds.LatestId}/{table}.csv\"", dom);
        }
        Assert.Contains("空白&lt;img src=x onerror=alert(1)&gt;.txt", dom);
        Assert.DoesNotContain("<img", dom, StringComparison.OrdinalIgnoreCase);

        var links = Href().Matches(dom).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToList();
        Assert.Contains("/datasets", links);
        var downloads = links.Where(l => l.EndsWith(".csv", StringComparison.Ordinal) || l.EndsWith(".json", StringComparison.Ordinal)).ToList();
        Assert.True(downloads.Count >= 24, string.Join("\n", downloads));
        foreach (var link in downloads.Where(l => l.StartsWith('/')))
        {
            using var response = await seeds.Server.Client.GetAsync(new Uri(seeds.Server.BaseUri, link));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link}: {(int)response.StatusCode}");
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(body))}\"", response.Headers.ETag?.ToString());
        }
        output.WriteLine($"followed {downloads.Count} download links from the page");
    }

    [ChromiumFact]
    public async Task Page_InChromium_Screenshot_SavedUnderTestOutput()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "browser");
        Directory.CreateDirectory(folder);
        var screenshot = Path.Combine(folder, "index.png");
        File.Delete(screenshot);

        await Chromium.RunAsync($"--screenshot={screenshot}", "--window-size=1280,2000", "--hide-scrollbars", seeds.Server.BaseUri.ToString());

        Assert.True(File.Exists(screenshot), "no screenshot written");
        var png = File.ReadAllBytes(screenshot);
        Assert.True(png.Length > 10_000, $"screenshot only {png.Length} bytes");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        output.WriteLine($"screenshot: {screenshot}");
    }

    [ChromiumFact]
    public async Task DownloadLink_OpenedInChromium_ShowsTheJson()
    {
        var dom = await Chromium.RunAsync("--dump-dom", new Uri(seeds.Server.BaseUri, "/datasets/weidu/latest/datapackage.json").ToString());

        Assert.Contains(seeds.LatestId, dom);
        Assert.Contains("许昌日报", dom);
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
