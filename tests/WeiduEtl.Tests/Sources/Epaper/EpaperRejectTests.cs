using WeiduEtl.Core.Ports;
using WeiduEtl.Sources.Epaper;
using WeiduEtl.TestSupport.Epaper;

namespace WeiduEtl.Tests.Sources.Epaper;

public sealed class EpaperRejectTests
{
    [Fact]
    public async Task FetchAsync_DocumentThePipelineRejected_IsOfferedAgainOnTheNextPass()
    {
        await using var harness = new EpaperHarness();
        var rejectedUrl = harness.Server.BaseUri.AbsoluteUri.TrimEnd('/') + FakeEpaperSite.PdfPath(FakeEpaperSite.IssueDates[0], FakeEpaperSite.WeiduPage);
        var first = new List<FetchedDocument>();
        await foreach (var fetched in harness.Source.FetchAsync(harness.Pipeline, default))
        {
            first.Add(fetched);
            if (fetched.SourceUri == rejectedUrl)
            {
                // What the pipeline does when the PDF cannot be parsed or stored.
                await ((IIssueSource)harness.Source).RejectAsync(harness.Pipeline, fetched.SourceUri, default);
            }
        }

        var second = await harness.RunPassAsync();

        Assert.Contains(first, f => f.SourceUri == rejectedUrl && f.Document is not null);
        var again = Assert.Single(second, f => f.Document is not null);
        Assert.Equal(rejectedUrl, again.SourceUri);
    }

    [Fact]
    public async Task FetchAsync_PdfRefusedOnThreePasses_IsSkippedUntilThePublisherChangesIt()
    {
        await using var harness = new EpaperHarness();
        var day = FakeEpaperSite.IssueDates[0];
        var refusedUrl = harness.Url(FakeEpaperSite.PdfPath(day, FakeEpaperSite.WeiduPage));
        var offered = new List<int>();
        for (var pass = 1; pass <= EpaperIssueSource.MaxRejections + 1; pass++)
        {
            await foreach (var fetched in harness.Source.FetchAsync(harness.Pipeline, default))
            {
                if (fetched.SourceUri == refusedUrl && fetched.Document is not null)
                {
                    offered.Add(pass);
                    await ((IIssueSource)harness.Source).RejectAsync(harness.Pipeline, fetched.SourceUri, default);
                }
            }
        }
        harness.Site.SetPdf(day, FakeEpaperSite.WeiduPage, TinyPdf.Create("the publisher's corrected page"));

        var afterChange = await harness.RunPassAsync();

        Assert.Equal([1, 2, 3], offered);
        Assert.Equal(refusedUrl, Assert.Single(afterChange, f => f.Document is not null).SourceUri);
    }
}
