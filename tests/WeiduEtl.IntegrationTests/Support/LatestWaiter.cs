using System.Text;

namespace WeiduEtl.IntegrationTests.Support;

/// <summary>Polls a running service's latest.json until it lists the wanted number of issues, or fails with the service's log.</summary>
public static class LatestWaiter
{
    public static async Task ForIssuesAsync(Workspace ws, int count, string what, StringBuilder log, int seconds = 90)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            if (IssuesInLatest(ws) == count)
            {
                return;
            }
            await Task.Delay(250);
        }
        lock (log)
        {
            Assert.Fail($"timed out waiting for {what}\n{log}");
        }
    }

    private static int IssuesInLatest(Workspace ws)
    {
        try
        {
            return SnapshotAssert.LatestPointer(ws.OutputPath).GetProperty("tables").GetProperty("issues").GetInt32();
        }
        catch (Exception ex) when (ex is IOException or System.Text.Json.JsonException)
        {
            // Not published yet, or being replaced.
            return 0;
        }
    }
}
