using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WeiduEtl.Core;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;
using WeiduEtl.Parsing;
using WeiduEtl.Publishing;
using WeiduEtl.Storage;
using WeiduEtl.TestSupport.Epaper;

namespace WeiduEtl.Tests.Sources.Epaper;

/// <summary>The e-paper source under the real pass (parser, SQLite store, publisher), not called by hand.</summary>
public sealed class EpaperPipelineTests
{
    [Fact]
    public async Task RunAsync_PdfThatFailsToParse_IsFailedAndOfferedAgainOnTheNextPass()
    {
        await using var harness = new EpaperHarness();
        var day = FakeEpaperSite.IssueDates[0];
        harness.Site.SetPdf(day, FakeEpaperSite.WeiduPage, Encoding.ASCII.GetBytes("%PDF-1.7\nnot really a pdf\n%%EOF\n"));
        var brokenUrl = harness.Url(FakeEpaperSite.PdfPath(day, FakeEpaperSite.WeiduPage));
        var output = Directory.CreateTempSubdirectory("weidu-epaper-pass-");
        harness.Pipeline.Output = output.FullName;
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(harness.Clock);
        services.AddWeiduCore().AddWeiduParsing().AddWeiduStorage().AddWeiduPublishing();
        services.AddSingleton<IIssueSource>(harness.Source);
        await using var provider = services.BuildServiceProvider();
        var pass = provider.GetRequiredService<EtlPipeline>();

        try
        {
            var first = await pass.RunAsync(harness.Pipeline, "test", null, CancellationToken.None);
            var second = await pass.RunAsync(harness.Pipeline, "test", null, CancellationToken.None);

            Assert.Equal(brokenUrl, Assert.Single(first.Failures).SourceUri);
            Assert.Equal(brokenUrl, Assert.Single(second.Failures).SourceUri);
            Assert.True(first.Summary.Stored >= 2, $"the other days' pages are stored: {first.Summary.Stored}");
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
