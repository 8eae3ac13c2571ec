using System.Diagnostics;
using System.Text;
using WeiduEtl.IntegrationTests.Support;
using WeiduEtl.TestSupport.Epaper;

namespace WeiduEtl.IntegrationTests.Epaper;

public sealed class ScheduledEpaperTests
{
    [Fact]
    public async Task Service_EpaperSiteOnShortCron_PublishesPageAddedBetweenTwoTriggers()
    {
        var site = new FakeEpaperSite();
        string[] pdfs = ["district-page.pdf", "city-briefs-page.pdf", "seed-page.pdf"];
        for (var i = 0; i < FakeEpaperSite.IssueDates.Length; i++)
        {
            site.SetPdf(FakeEpaperSite.IssueDates[i], FakeEpaperSite.WeiduPage, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "pages", pdfs[i])));
        }
        var lastDay = FakeEpaperSite.IssueDates[^1];
        site.FailAlways(FakeEpaperSite.PagePath(lastDay, 1), new SiteFault.Status(404));
        await using var server = new TestHttpServer(site.Handle);
        using var ws = new Workspace();
        File.WriteAllText(ws.ConfigPath, $$"""
            {
              "pipelines": [
                {
                  "name": "weidu",
                  "publication": "许昌日报",
                  "pageLabel": "魏都区",
                  "schedule": "0/2 * * * * ?",
                  "source": {
                    "type": "epaper",
                    "index": "{{server.BaseUri.AbsoluteUri}}{{FakeEpaperSite.IndexTemplate}}",
                    "pageLinks": "node_\\d+\\.htm$",
                    "pageLabel": "魏都",
                    "pdfLinks": "_pdf\\.pdf$",
                    "start": "{{FakeEpaperSite.IssueDates[0]:yyyy-MM-dd}}",
                    "lookBackDays": 30,
                    "requestsPerSecond": 50
                  },
                  "database": "data/weidu.db",
                  "output": "data/weidu",
                  "license": "CC-BY-4.0"
                }
              ]
            }
            """);

        using var service = Process.Start(WeiduProcess.StartInfo(ws.Root, "--config", ws.ConfigPath))!;
        var log = new StringBuilder();
        service.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        service.OutputDataReceived += (_, _) => { };
        service.BeginErrorReadLine();
        service.BeginOutputReadLine();
        try
        {
            await LatestWaiter.ForIssuesAsync(ws, 2, "the two published days to be stored", log);
            site.Heal();
            await LatestWaiter.ForIssuesAsync(ws, 3, "the day published between two triggers", log);
        }
        finally
        {
            using var kill = Process.Start("kill", ["-TERM", service.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
            await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await service.WaitForExitAsync(timeout.Token);
        }

        var snapshot = SnapshotAssert.LatestFolder(ws.OutputPath);
        SnapshotAssert.IsComplete(snapshot);
        var issues = SnapshotAssert.Rows(snapshot, "issues");
        Assert.Equal(FakeEpaperSite.IssueDates.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            issues.Select(i => i.GetProperty("issue_date").GetString()).Order(StringComparer.Ordinal));
        Assert.All(issues, i => Assert.Equal("source", i.GetProperty("issue_date_basis").GetString()));
        var pdfRequests = server.Log.Where(r => r.Request.Path.EndsWith("_pdf.pdf", StringComparison.Ordinal) && r.Status == 200).ToList();
        Assert.Equal(3, pdfRequests.Count);
    }
}
