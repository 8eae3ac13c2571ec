using WeiduEtl.Core.Ports;

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
}
