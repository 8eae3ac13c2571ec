using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WeiduEtl.IntegrationTests.Serving;
using Xunit.Abstractions;

namespace WeiduEtl.IntegrationTests.Explore;

/// <summary>
/// A person exploring in a real browser: Debian's Chromium driven by Playwright through its executable path (no browser
/// is downloaded). Search from the dataset page, open a result, see the marked words and the article's box on the
/// page map, follow the reporter to their page. Screenshots of each step go to browser/ beside the test binaries.
/// </summary>
[Collection(ExploredPagesGroup.Name)]
public sealed class ExploreBrowserTests(ExploredPages pages, ITestOutputHelper output)
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "browser");

    /// <summary>
    /// A guard against a page that never comes, not a speed check: on a loaded 2-core CI machine the first article page
    /// (JIT, first queries) once took over 30 s.
    /// </summary>
    private const float Patience = 120_000;

    [ChromiumFact]
    public async Task SearchOpenAResultThenFollowItsReporter_InChromium()
    {
        Directory.CreateDirectory(Screenshots);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1000 }, Locale = "zh-CN" });
        page.SetDefaultTimeout(Patience);
        page.SetDefaultNavigationTimeout(Patience);

        await page.GotoAsync(pages.Server.BaseUri.ToString());
        await page.Locator("form[role=search] input[name=q]").FillAsync("清潩河");
        await page.Locator("form[role=search] button").ClickAsync();
        await Arrived(page, "/search");
        var marks = page.Locator("ol.results mark");
        Assert.True(await marks.CountAsync() >= 2, "the headline and the snippet each mark the words");
        Assert.Equal("清潩河", await marks.First.TextContentAsync());
        Assert.Equal("rgb(255, 226, 106)", await marks.First.EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor"));
        await Shot(page, "explore-search.png");

        await page.Locator("ol.results a.result").First.ClickAsync();
        await Arrived(page, "/articles/");
        var articleId = Uri.UnescapeDataString(new Uri(page.Url).Segments[^1]);
        var current = page.Locator("svg.page-map rect.current");
        Assert.Equal(1, await current.CountAsync());
        Assert.Equal(articleId, await current.GetAttributeAsync("data-id"));
        Assert.Equal("true", await current.GetAttributeAsync("aria-current"));
        Assert.Equal("rgb(255, 207, 64)", await current.EvaluateAsync<string>("r => getComputedStyle(r).fill"));
        var box = await current.BoundingBoxAsync();
        Assert.True(box is { Width: > 20, Height: > 20 }, $"the highlighted box is drawn: {box?.Width}×{box?.Height}");
        Assert.True(await page.Locator("svg.page-map rect.article:not(.current)").CountAsync() >= 3, "the other articles of the page are boxes too");
        Assert.True(await page.Locator(".body a.mark.figure").CountAsync() >= 1, "figures in the body are marked");
        await Shot(page, "explore-article.png");

        await page.Locator("p.byline a", new PageLocatorOptions { HasText = "李明远" }).ClickAsync();
        await Arrived(page, "/people/");
        Assert.Equal("李明远", await page.Locator("h1").TextContentAsync());
        var byline = page.Locator("table.appearances tr[data-kind=byline] a");
        Assert.Equal(1, await byline.CountAsync());
        Assert.EndsWith(Uri.EscapeDataString(articleId) + "#" + Uri.EscapeDataString(articleId + ":1"), await byline.GetAttributeAsync("href"), StringComparison.Ordinal);
        await Shot(page, "explore-person.png");
    }

    /// <summary>
    /// Waits until the page navigated to by a click is at <paramref name="path"/> and loaded, asking the browser, where
    /// both are known. Not WaitForURLAsync (banned in BannedSymbols.txt): Playwright's .NET client answers that from load
    /// states it keeps itself, looks there and then subscribes, on another thread than the one delivering the browser's
    /// events; a "load" arriving in between was lost and the wait ran out with the page long loaded (CI: 2 runs in 6;
    /// microsoft/playwright-dotnet#3364).
    /// </summary>
    private static async Task Arrived(IPage page, string path)
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(path)), new PageAssertionsToHaveURLOptions { Timeout = Patience });
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
    }

    private async Task Shot(IPage page, string name)
    {
        var path = Path.Combine(Screenshots, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000, $"{name} is nearly empty");
        output.WriteLine($"screenshot: {path}");
    }
}
