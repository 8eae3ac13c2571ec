using WeiduEtl.Core.Documents;
using WeiduEtl.Storage;
using WeiduEtl.Tests.Support;
using WeiduEtl.TestSupport.Epaper;

namespace WeiduEtl.Tests.Sources.Epaper;

/// <summary>Passes over a well-behaved site: what is fetched, once, and what a second pass costs.</summary>
public sealed class EpaperFetchTests
{
    private static readonly DateOnly Nov23 = FakeEpaperSite.IssueDates[0];
    private static readonly DateOnly Nov25 = FakeEpaperSite.IssueDates[1];

    [Fact]
    public async Task FetchAsync_ThreeIssuesAndA404Day_YieldsEachWeiduPdfOnceWithItsDate()
    {
        await using var harness = new EpaperHarness();

        var fetched = await harness.RunPassAsync();

        Assert.All(fetched, f => Assert.Null(f.Error));
        Assert.Equal(
            FakeEpaperSite.IssueDates.Select(d => harness.Url(FakeEpaperSite.PdfPath(d, FakeEpaperSite.WeiduPage))),
            fetched.Select(f => f.SourceUri));
        foreach (var (document, date) in fetched.Select(f => f.Document!).Zip(FakeEpaperSite.IssueDates))
        {
            Assert.Equal(date, document.IssueDate);
            Assert.Equal(MediaTypes.Pdf, document.MediaType);
            Assert.Equal(harness.Site.Content(FakeEpaperSite.PdfPath(date, FakeEpaperSite.WeiduPage)), document.Content);
        }
    }

    [Fact]
    public async Task FetchAsync_PagesWhoseLabelDoesNotMatch_AreNeverRequested()
    {
        await using var harness = new EpaperHarness();

        await harness.RunPassAsync();

        var paths = harness.Server.Log.Select(r => r.Request.Path).ToList();
        Assert.DoesNotContain(paths, p => p.EndsWith("node_2.htm", StringComparison.Ordinal) || p.EndsWith("node_4.htm", StringComparison.Ordinal));
        Assert.Equal(3, paths.Count(p => p.EndsWith("_pdf.pdf", StringComparison.Ordinal)));
        Assert.Equal(paths.Count, paths.Distinct().Count());
        Assert.All(harness.Server.Log, r => Assert.Equal("WeiduEtl-Test/1.0 (+tests)", r.Request.Header("User-Agent")));
    }

    [Fact]
    public async Task FetchAsync_SecondPass_SendsOnlyConditionalRequestsAndYieldsNothing()
    {
        using var temp = new TempFolder();
        await using var stores = new StoreFactory();
        await using var harness = new EpaperHarness(stores.FetchState(temp.File("state.db")));
        Assert.Equal(3, (await harness.RunPassAsync()).Count);
        harness.Server.ClearLog();

        var second = await harness.RunPassAsync();

        Assert.Empty(second);
        var noIssueIndex = FakeEpaperSite.PagePath(FakeEpaperSite.NoIssueDate, 1);
        var log = harness.Server.Log;
        // 3 indexes + 3 魏都区 pages + 3 PDFs, each one 304; the 404 day is looked at again, being recent.
        Assert.Equal(9, log.Count(r => r.Request.IsConditional && r.Status == 304));
        Assert.All(log.Where(r => !r.Request.IsConditional), r => Assert.Equal(noIssueIndex, r.Request.Path));
        Assert.Equal(10, log.Count);
    }

    [Fact]
    public async Task FetchAsync_PdfCorrectedWithinLookBack_YieldsTheNewVersionOnly()
    {
        await using var harness = new EpaperHarness();
        await harness.RunPassAsync();
        var corrected = TinyPdf.Create("Xuchang Daily 2026-11-25 page 3, corrected");
        harness.Site.SetPdf(Nov25, FakeEpaperSite.WeiduPage, corrected);

        var second = await harness.RunPassAsync();

        var document = Assert.Single(second).Document!;
        Assert.Equal(Nov25, document.IssueDate);
        Assert.Equal(corrected, document.Content);
    }

    [Fact]
    public async Task FetchAsync_SettledDatesOlderThanLookBack_CostNoRequest()
    {
        await using var harness = new EpaperHarness();
        harness.Pipeline.Source.LookBackDays = 1;
        await harness.RunPassAsync();
        harness.Server.ClearLog();

        await harness.RunPassAsync();

        var paths = harness.Server.Log.Select(r => r.Request.Path).ToList();
        Assert.DoesNotContain(FakeEpaperSite.PagePath(Nov23, 1), paths);
        Assert.DoesNotContain(FakeEpaperSite.PagePath(FakeEpaperSite.NoIssueDate, 1), paths);
        Assert.Contains(FakeEpaperSite.PagePath(Nov25, 1), paths);
    }

    [Fact]
    public async Task FetchAsync_NextDayAppears_FetchedOnTheNextDaysPass()
    {
        await using var harness = new EpaperHarness();
        harness.Clock.Now = EpaperHarness.Today.AddDays(-1);
        Assert.Equal(2, (await harness.RunPassAsync()).Count);

        harness.Clock.Now = EpaperHarness.Today;
        var next = await harness.RunPassAsync();

        Assert.Equal(FakeEpaperSite.IssueDates[2], Assert.Single(next).Document!.IssueDate);
    }

    [Fact]
    public async Task FetchAsync_MissingDayRedirectsToTheFrontPage_YieldsNothingForThatDay()
    {
        await using var harness = new EpaperHarness();
        harness.Site.Redirect(FakeEpaperSite.PagePath(FakeEpaperSite.NoIssueDate, 1), FakeEpaperSite.PagePath(FakeEpaperSite.IssueDates[2], 1));

        var fetched = await harness.RunPassAsync();

        Assert.Equal(FakeEpaperSite.IssueDates, fetched.Select(f => f.Document!.IssueDate!.Value));
    }

    [Fact]
    public async Task DescribePlanAsync_ListsTheUrlsAPassWouldFetch_WithoutDownloadingPdfsOrWritingState()
    {
        await using var harness = new EpaperHarness();

        var plan = await harness.PlanAsync();

        var text = string.Join('\n', plan);
        foreach (var date in FakeEpaperSite.IssueDates)
        {
            Assert.Contains(harness.Url(FakeEpaperSite.PagePath(date, 1)), text, StringComparison.Ordinal);
            Assert.Contains(harness.Url(FakeEpaperSite.PagePath(date, FakeEpaperSite.WeiduPage)), text, StringComparison.Ordinal);
            Assert.Contains(harness.Url(FakeEpaperSite.PdfPath(date, FakeEpaperSite.WeiduPage)), text, StringComparison.Ordinal);
        }
        Assert.Contains(plan, line => line.Contains("2026-11-24", StringComparison.Ordinal) && line.Contains("no issue", StringComparison.Ordinal));
        Assert.Contains("第03版：魏都区", text, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Server.Log, r => r.Request.Path.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Equal(0, ((InMemoryFetchStateStore)harness.State).Writes);
    }
}
