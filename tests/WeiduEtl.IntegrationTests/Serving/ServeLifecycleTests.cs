using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests.Serving;

public sealed class ServeLifecycleTests
{
    [Fact]
    public async Task Serve_BeforeAnyRun_HealthzAnswers503AndPageSaysNothingPublished()
    {
        using var ws = new Workspace();
        await using var server = await ServeProcess.StartAsync(ws);

        using var health = await server.Client.GetAsync("/healthz");
        using var file = await server.Client.GetAsync("/datasets/weidu/latest/articles.csv");
        using var pointer = await server.Client.GetAsync("/datasets/weidu/latest.json");
        var page = await server.Client.GetStringAsync("/");
        var catalogue = JsonDocument.Parse(await server.Client.GetStringAsync("/datasets")).RootElement;

        var body = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("unhealthy", body.GetProperty("status").GetString());
        Assert.Equal("no run recorded yet", body.GetProperty("pipelines")[0].GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pointer.StatusCode);
        Assert.Contains("尚未发布任何版本", page);
        Assert.Equal(JsonValueKind.Null, catalogue.GetProperty("pipelines")[0].GetProperty("latest").ValueKind);
        Assert.False(File.Exists(ws.DatabasePath), "serving must not create the database");
        Assert.Equal(0, await server.StopAsync());
    }

    [Fact]
    public async Task Serve_PortAlreadyTaken_ExitsWith2SayingSo()
    {
        using var ws = new Workspace();
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;

            var result = await ws.RunAsync("serve", "--urls", $"http://127.0.0.1:{port}");

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("cannot listen", result.Stderr);
        }
        finally
        {
            taken.Stop();
        }
    }
}
