using System.Diagnostics;
using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests;

public sealed class ServiceModeTests
{
    [Fact]
    public async Task Service_OnShortCron_PublishesNewPageAtNextTriggerAndStopsCleanlyOnSigterm()
    {
        using var ws = new Workspace(schedule: "0/2 * * * * ?");
        using var service = Process.Start(WeiduProcess.StartInfo(ws.Root, "--config", ws.ConfigPath))!;
        var stderr = new System.Text.StringBuilder();
        service.ErrorDataReceived += (_, e) => { lock (stderr) { stderr.AppendLine(e.Data); } };
        service.OutputDataReceived += (_, _) => { };
        service.BeginErrorReadLine();
        service.BeginOutputReadLine();
        try
        {
            await WaitUntil(() => IssuesInLatest(ws) == 1, "the first scheduled pass to publish", stderr);

            File.WriteAllText(Path.Combine(ws.Seeds, "second.txt"),
                "第2版\n\n城西社区\n\n社区举办邻里节\n\n本报讯（记者 李明）9月3日，城西社区举办邻里节，300余名居民参加。\n");
            await WaitUntil(() => IssuesInLatest(ws) == 2, "the page added between two triggers to be published", stderr);
        }
        finally
        {
            using var kill = Process.Start("kill", ["-TERM", service.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
            await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await service.WaitForExitAsync(timeout.Token);
        }

        Assert.True(service.ExitCode == 0, $"exit {service.ExitCode}\n{stderr}");
        SnapshotAssert.IsComplete(SnapshotAssert.LatestFolder(ws.OutputPath));
        Assert.Equal(2L, ws.Count("issues"));
    }

    private static int IssuesInLatest(Workspace ws)
    {
        try
        {
            return SnapshotAssert.LatestPointer(ws.OutputPath).GetProperty("tables").GetProperty("issues").GetInt32();
        }
        catch (Exception ex) when (ex is IOException or System.Text.Json.JsonException)
        {
            return 0;
        }
    }

    private static async Task WaitUntil(Func<bool> condition, string what, System.Text.StringBuilder log)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (condition())
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
}
