using WeiduEtl.Sources.Epaper;
using WeiduEtl.TestSupport.Epaper;

namespace WeiduEtl.Tests.Sources.Epaper;

/// <summary>The site misbehaves; the source survives what passes, and reports what does not as failures.</summary>
public sealed class EpaperResilienceTests
{
    private static readonly DateOnly Nov23 = FakeEpaperSite.IssueDates[0];
    private static readonly DateOnly Nov25 = FakeEpaperSite.IssueDates[1];
    private static readonly DateOnly Nov26 = FakeEpaperSite.IssueDates[2];
    private static readonly string WeiduPdf23 = FakeEpaperSite.PdfPath(Nov23, FakeEpaperSite.WeiduPage);
    private static readonly string WeiduPdf25 = FakeEpaperSite.PdfPath(Nov25, FakeEpaperSite.WeiduPage);
    private static readonly string WeiduPdf26 = FakeEpaperSite.PdfPath(Nov26, FakeEpaperSite.WeiduPage);

    [Fact]
    public async Task FetchAsync_TransientFaults_AreSurvivedAndEachIssueYieldedOnceWhole()
    {
        await using var harness = new EpaperHarness();
        harness.Site.Fail(WeiduPdf23, new SiteFault.Status(500), new SiteFault.NoEof());
        harness.Site.Fail(FakeEpaperSite.PagePath(Nov25, 1), new SiteFault.Status(503, RetryAfterSeconds: 1));
        harness.Site.Fail(FakeEpaperSite.PagePath(Nov25, FakeEpaperSite.WeiduPage), new SiteFault.SlowBody(TimeSpan.FromSeconds(5)));
        harness.Site.Fail(WeiduPdf26, new SiteFault.CutOff());

        var fetched = await harness.RunPassAsync();

        Assert.All(fetched, f => Assert.Null(f.Error));
        Assert.Equal([WeiduPdf23, WeiduPdf25, WeiduPdf26], fetched.Select(f => new Uri(f.SourceUri).AbsolutePath));
        Assert.All(fetched, f => Assert.Equal(harness.Site.Content(new Uri(f.SourceUri).AbsolutePath), f.Document!.Content));
        Assert.Equal(3, harness.RequestsFor(WeiduPdf23).Count());
        Assert.Equal(2, harness.RequestsFor(WeiduPdf26).Count());
    }

    [Fact]
    public async Task FetchAsync_503WithRetryAfter_WaitsAsLongAsTheServerAsks()
    {
        await using var harness = new EpaperHarness();
        var index = FakeEpaperSite.PagePath(Nov25, 1);
        harness.Site.Fail(index, new SiteFault.Status(503, RetryAfterSeconds: 1));

        await harness.RunPassAsync();

        var attempts = harness.RequestsFor(index).ToList();
        Assert.Equal([503, 200], attempts.Select(a => a.Status));
        // The backoff alone would be ~10 ms; Retry-After said one second.
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {(attempts[1].At - attempts[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task FetchAsync_PdfStillFailingAfterRetries_YieldedAsFailedAndFetchedOnTheNextPass()
    {
        await using var harness = new EpaperHarness();
        harness.Pipeline.Source.MaxRetries = 2;
        // With no look-back, only the open date brings 2026-11-25 back: nothing is lost to the window.
        harness.Pipeline.Source.LookBackDays = 0;
        harness.Site.FailAlways(WeiduPdf25, new SiteFault.Status(500));

        var first = await harness.RunPassAsync();

        var failed = Assert.Single(first, f => f.Document is null);
        Assert.Equal(harness.Url(WeiduPdf25), failed.SourceUri);
        Assert.Contains("HTTP 500", failed.Error, StringComparison.Ordinal);
        Assert.Equal(3, harness.RequestsFor(WeiduPdf25).Count());
        Assert.Equal(2, first.Count(f => f.Document is not null));

        harness.Site.Heal();
        var second = await harness.RunPassAsync();

        var document = Assert.Single(second).Document!;
        Assert.Equal(Nov25, document.IssueDate);
        Assert.Equal(harness.Site.Content(WeiduPdf25), document.Content);
    }

    [Fact]
    public async Task FetchAsync_PdfWithoutEofEveryTime_IsRetriedThenFailedNeverYielded()
    {
        await using var harness = new EpaperHarness();
        harness.Site.FailAlways(WeiduPdf23, new SiteFault.NoEof());

        var fetched = await harness.RunPassAsync();

        var failed = Assert.Single(fetched, f => f.SourceUri == harness.Url(WeiduPdf23));
        Assert.Null(failed.Document);
        Assert.Contains("%%EOF", failed.Error, StringComparison.Ordinal);
        Assert.Equal(4, harness.RequestsFor(WeiduPdf23).Count());
    }

    [Fact]
    public async Task FetchAsync_PdfWithBytesAfterEof_IsYieldedOnTheFirstRequest()
    {
        await using var harness = new EpaperHarness();
        var padded = harness.Site.Content(WeiduPdf23).Concat(Enumerable.Repeat((byte)' ', 4096)).Concat("-- sent by the publisher's CMS\n"u8.ToArray()).ToArray();
        harness.Site.SetPdf(Nov23, FakeEpaperSite.WeiduPage, padded);

        var fetched = await harness.RunPassAsync();

        var document = Assert.Single(fetched, f => f.SourceUri == harness.Url(WeiduPdf23)).Document;
        Assert.Equal(padded, document!.Content);
        Assert.Single(harness.RequestsFor(WeiduPdf23));
    }

    [Fact]
    public async Task FetchAsync_BodyCutOffEveryTime_IsRetriedThenFailed()
    {
        await using var harness = new EpaperHarness();
        harness.Pipeline.Source.MaxRetries = 1;
        harness.Site.FailAlways(WeiduPdf26, new SiteFault.CutOff());

        var fetched = await harness.RunPassAsync();

        var failed = Assert.Single(fetched, f => f.SourceUri == harness.Url(WeiduPdf26));
        Assert.Null(failed.Document);
        Assert.Equal(2, harness.RequestsFor(WeiduPdf26).Count());
    }

    [Fact]
    public async Task FetchAsync_BodySlowerThanTheTimeoutEveryTime_FailsWithTimeout()
    {
        await using var harness = new EpaperHarness();
        harness.Pipeline.Source.MaxRetries = 1;
        harness.Pipeline.Source.RequestTimeoutSeconds = 0.5;
        harness.Site.FailAlways(WeiduPdf26, new SiteFault.SlowBody(TimeSpan.FromSeconds(10)));

        var fetched = await harness.RunPassAsync();

        var failed = Assert.Single(fetched, f => f.SourceUri == harness.Url(WeiduPdf26));
        Assert.Contains("timed out after 0.5s", failed.Error, StringComparison.Ordinal);
        Assert.Equal(2, harness.RequestsFor(WeiduPdf26).Count());
    }

    [Fact]
    public async Task FetchAsync_DocumentTimeout_BoundsAllAttemptsTogether()
    {
        await using var harness = new EpaperHarness();
        // The document timeout bounds the site's page list too: 2 s leaves that list time on a loaded machine, while
        // eleven attempts of 0.5 s each could not fit in it.
        harness.Pipeline.Source.MaxRetries = 10;
        harness.Pipeline.Source.RequestTimeoutSeconds = 0.5;
        harness.Pipeline.Source.DocumentTimeoutSeconds = 2;
        harness.Site.FailAlways(WeiduPdf26, new SiteFault.SlowBody(TimeSpan.FromSeconds(10)));

        var fetched = await harness.RunPassAsync();

        var failed = Assert.Single(fetched, f => f.SourceUri == harness.Url(WeiduPdf26));
        Assert.Contains("timed out after 2s", failed.Error, StringComparison.Ordinal);
        // The document's timeout, not maxRetries, ended the attempts: however the machine's timers ran, fewer than 11.
        Assert.True(harness.RequestsFor(WeiduPdf26).Count() < 11, $"{harness.RequestsFor(WeiduPdf26).Count()} requests");
    }

    [Fact]
    public async Task FetchAsync_DownloadOverMaxDownloadBytes_FailsWithoutRetry()
    {
        await using var harness = new EpaperHarness();
        harness.Site.SetPdf(Nov23, FakeEpaperSite.WeiduPage, TinyPdf.Create(new string('x', 5000)));
        harness.Pipeline.Source.MaxDownloadBytes = 4000;

        var fetched = await harness.RunPassAsync();

        var failed = Assert.Single(fetched, f => f.SourceUri == harness.Url(WeiduPdf23));
        Assert.Contains("maxDownloadBytes", failed.Error, StringComparison.Ordinal);
        Assert.Single(harness.RequestsFor(WeiduPdf23));
        Assert.Equal(2, fetched.Count(f => f.Document is not null));
    }

    [Fact]
    public async Task FetchAsync_IndexUnreachable_YieldsTheIndexAsFailedAndTheDateStaysOpen()
    {
        await using var harness = new EpaperHarness();
        harness.Pipeline.Source.MaxRetries = 1;
        harness.Pipeline.Source.LookBackDays = 0;
        var index = FakeEpaperSite.PagePath(Nov23, 1);
        harness.Site.FailAlways(index, new SiteFault.Status(503));

        var first = await harness.RunPassAsync();
        harness.Site.Heal();
        var second = await harness.RunPassAsync();

        Assert.Equal(harness.Url(index), Assert.Single(first, f => f.Document is null).SourceUri);
        Assert.Equal(Nov23, Assert.Single(second).Document!.IssueDate);
    }

    [Fact]
    public async Task FetchAsync_HostKeepsFailing_CircuitOpensAndLaterRequestsFailFast()
    {
        var tuning = new EpaperResilienceTuning
        {
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
            BreakerMinimumThroughput = 4,
            BreakerFailureRatio = 0.5,
            BreakerSamplingDuration = TimeSpan.FromSeconds(30),
            BreakerBreakDuration = TimeSpan.FromSeconds(30),
        };
        await using var harness = new EpaperHarness(tuning: tuning);
        harness.Pipeline.Source.Start = "2026-11-07";
        harness.Pipeline.Source.MaxRetries = 1;
        for (var date = new DateOnly(2026, 11, 7); date <= Nov26; date = date.AddDays(1))
        {
            harness.Site.FailAlways(FakeEpaperSite.PagePath(date, 1), new SiteFault.Status(500));
        }

        var fetched = await harness.RunPassAsync();

        Assert.Equal(20, fetched.Count);
        Assert.All(fetched, f => Assert.Null(f.Document));
        Assert.Contains(fetched, f => f.Error!.Contains("circuit", StringComparison.Ordinal));
        Assert.True(harness.Server.Log.Count < 10, $"{harness.Server.Log.Count} requests reached the failing host");
    }

    [Fact]
    public async Task FetchAsync_RequestsPerSecond_SpacesRequestsToTheHost()
    {
        await using var harness = new EpaperHarness();
        harness.Pipeline.Source.RequestsPerSecond = 8;

        await harness.RunPassAsync();

        var times = harness.Server.Log.Select(r => r.At).Order().ToList();
        Assert.True(times.Count >= 9);
        // 125 ms apart at 8 per second (unlimited, loopback requests come a few ms apart). A late timer tick
        // can shorten any single gap on a loaded machine, so the rate is held over the whole pass, allowing
        // one token of burst.
        var span = (times[^1] - times[0]).TotalMilliseconds;
        var floor = (times.Count - 2) * 125 * 0.9;
        Assert.True(span >= floor, $"{times.Count} requests within {span} ms; at 8 per second they need at least {floor} ms");
    }
}
