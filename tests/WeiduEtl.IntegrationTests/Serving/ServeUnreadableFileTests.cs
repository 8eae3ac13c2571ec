using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests.Serving;

/// <summary>
/// A snapshot file on this server's disk that cannot be read: 500 with a body naming the file and no Retry-After,
/// since a failing disk or a wrong file does not mend itself; never the framework's empty 500.
/// </summary>
public sealed class ServeUnreadableFileTests
{
    private const string Url = "/datasets/weidu/latest/articles.csv";

    [UnreadableFileFact]
    public async Task Serve_SnapshotFileFailsEveryReadWithEIO_Answers500NamingTheFileWithoutRetryAfter()
    {
        using var ws = new Workspace();
        var run = await ws.RunAsync("run");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var broken = UnreadableFile.Over(Path.Combine(ws.OutputPath, "snapshots", ws.SnapshotIds().Single(), "articles.csv"));
        await using var server = await ServeProcess.StartAsync(ws);

        using var response = await server.Client.GetAsync(Url);

        await AssertUnreadableAsync(response, server, "read error");
    }

    [Fact]
    public async Task Serve_SnapshotFileReplacedByASocket_Answers500NamingTheFileWithoutRetryAfter()
    {
        using var ws = new Workspace();
        var run = await ws.RunAsync("run");
        Assert.True(run.ExitCode == 0, run.ToString());
        var file = Path.Combine(ws.OutputPath, "snapshots", ws.SnapshotIds().Single(), "articles.csv");
        File.Delete(file);
        // open(2) of a socket fails (ENXIO): an entry in the folder that is not a readable file.
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(file));
        await using var server = await ServeProcess.StartAsync(ws);

        using var response = await server.Client.GetAsync(Url);

        await AssertUnreadableAsync(response, server, "read error");
    }

    private static async Task AssertUnreadableAsync(HttpResponseMessage response, ServeProcess server, string kind)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.InternalServerError, $"{(int)response.StatusCode} {text}\n--- serve ---\n{server.Log}");
        Assert.Null(response.Headers.RetryAfter);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal(Url, body.GetProperty("file").GetString());
        var error = body.GetProperty("error").GetString()!;
        Assert.Contains(kind, error, StringComparison.Ordinal);
        Assert.Contains("asking again will not help", error, StringComparison.Ordinal);
        Assert.DoesNotContain("/tmp/", text, StringComparison.Ordinal);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!server.Log.Contains($"Download {Url}", StringComparison.Ordinal))
        {
            Assert.False(timeout.IsCancellationRequested, $"serve never logged the failed download:\n{server.Log}");
            await Task.Delay(50);
        }
    }
}
