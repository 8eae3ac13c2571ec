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
            await LatestWaiter.ForIssuesAsync(ws, 1, "the first scheduled pass to publish", stderr, seconds: 60);

            File.WriteAllText(Path.Combine(ws.Seeds, "second.txt"),
                "第2版\n\n城西社区\n\n社区举办邻里节\n\n本报讯（记者 李明）9月3日，城西社区举办邻里节，300余名居民参加。\n");
            await LatestWaiter.ForIssuesAsync(ws, 2, "the page added between two triggers to be published", stderr, seconds: 60);
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
}
