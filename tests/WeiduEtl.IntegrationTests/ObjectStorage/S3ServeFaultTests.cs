using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using WeiduEtl.IntegrationTests.Serving;

namespace WeiduEtl.IntegrationTests.ObjectStorage;

/// <summary>
/// <c>serve</c> of a snapshot on S3 while the store drops the connection in the middle of a file's body: a read is
/// taken up again from the byte it stopped at; what still fails is a 503 saying so (a 500 when the store refuses for
/// good), or a cut transfer once bytes went out.
/// </summary>
public sealed class S3ServeFaultTests
{
    private const string File = "articles.csv";
    private const string Url = $"/datasets/weidu/latest/{File}";

    [Fact]
    public async Task Serve_StoreDropsTheFirstReadOfTheFile_ReadsItAgainAndServesEveryByte()
    {
        var gets = 0;
        await using var served = await ServedThroughProxyAsync((method, path) =>
            IsFileGet(method, path) && Interlocked.Increment(ref gets) == 1 ? ProxyFault.CutBeforeBody : ProxyFault.None);

        using var response = await served.Server.Client.GetAsync(Url);

        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, served.Explain(response, body));
        Assert.Equal(served.Expected, body);
        Assert.Equal(2, served.FileGets.Count);
        Assert.EndsWith("CutBeforeBody", served.FileGets[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_RangedRequestWhoseReadIsCutMidBody_AnswersTheRangeReadOnFromTheByteItStoppedAt()
    {
        var gets = 0;
        await using var served = await ServedThroughProxyAsync((method, path) =>
            IsFileGet(method, path) && Interlocked.Increment(ref gets) == 1 ? ProxyFault.CutMidBody : ProxyFault.None);
        var last = Math.Min(served.Expected.Length - 1, 100 + (3 * S3FaultProxy.MidBodyBytes));
        using var request = new HttpRequestMessage(HttpMethod.Get, Url);
        request.Headers.Range = new RangeHeaderValue(100, last);

        using var response = await served.Server.Client.SendAsync(request);

        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.PartialContent, served.Explain(response, body));
        Assert.Equal(served.Expected[100..(last + 1)], body);
        Assert.Equal(served.Expected.Length, response.Content.Headers.ContentRange?.Length);
        Assert.Equal(2, served.FileGets.Count);
        Assert.Contains("[bytes=100-]", served.FileGets[0], StringComparison.Ordinal);
        Assert.Contains($"[bytes={100 + S3FaultProxy.MidBodyBytes}-]", served.FileGets[1], StringComparison.Ordinal);
        // Read again only from the same object: a replaced one would be refused (412), not spliced onto the first bytes.
        var etag = Assert.Single(served.FileGets.Select(g => Regex.Match(g, "If-Match (\"[0-9a-f-]+\")").Groups[1].Value).Distinct());
        Assert.NotEmpty(etag);
    }

    [Fact]
    public async Task Serve_StoreDropsEveryReadOfTheFile_Answers503NamingTheFileWithRetryAfterAndLogsTheObject()
    {
        await using var served = await ServedThroughProxyAsync((method, path) => IsFileGet(method, path) ? ProxyFault.CutBeforeBody : ProxyFault.None);

        using var response = await served.Server.Client.GetAsync(Url);

        var error = await ProblemErrorAsync(served, response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter?.Delta);
        Assert.Contains("object storage is unavailable", error, StringComparison.Ordinal);
        Assert.Contains("try again in 30 seconds", error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3://", error, StringComparison.Ordinal);
        Assert.Equal(3, served.FileGets.Count);
        await served.WaitForLogAsync($"snapshots/{served.LatestId}/{File}", "answered 503");
    }

    /// <param name="logged">What only the log says: the service's own words, or that the object went.</param>
    [Theory]
    [InlineData(ProxyFault.AccessDenied, HttpStatusCode.InternalServerError, "403 AccessDenied", S3FaultProxy.DeniedPrincipal)]
    [InlineData(ProxyFault.NoSuchKey, HttpStatusCode.NotFound, "removed from object storage while being served", "was removed while being served")]
    public async Task Serve_StoreFailsTheFileForGood_AnswersItsStatusNamingTheFileWithoutRetryAfterOrTheStoreMessage(ProxyFault fault, HttpStatusCode status, string said, string logged)
    {
        await using var served = await ServedThroughProxyAsync((method, path) => IsFileGet(method, path) ? fault : ProxyFault.None);

        using var response = await served.Server.Client.GetAsync(Url);

        var error = await ProblemErrorAsync(served, response, status);
        Assert.Null(response.Headers.RetryAfter);
        Assert.Contains(said, error, StringComparison.Ordinal);
        foreach (var hidden in new[] { "arn:", "s3://", "snapshots/", "credentials" })
        {
            Assert.DoesNotContain(hidden, error, StringComparison.Ordinal);
        }
        Assert.Single(served.FileGets);
        await served.WaitForLogAsync($"snapshots/{served.LatestId}/{File}", logged, $"answered {(int)status}");
    }

    [Fact]
    public async Task Serve_StoreFailsForGoodAfterTheFirstBytesWentOut_AbortsSoTheClientSeesACutTransfer()
    {
        var gets = 0;
        await using var served = await ServedThroughProxyAsync((method, path) =>
            !IsFileGet(method, path) ? ProxyFault.None : Interlocked.Increment(ref gets) == 1 ? ProxyFault.CutMidBody : ProxyFault.CutBeforeBody);

        using var response = await served.Server.Client.GetAsync(Url, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(served.Expected.Length, response.Content.Headers.ContentLength);
        var received = new MemoryStream();
        await using var body = await response.Content.ReadAsStreamAsync();

        var cut = await Record.ExceptionAsync(() => body.CopyToAsync(received));

        Assert.True(cut is IOException or HttpRequestException, $"{cut}\n{served.Server.Log}");
        Assert.True(received.Length < served.Expected.Length, $"{received.Length} of {served.Expected.Length} bytes");
        Assert.Equal(served.Expected[..(int)received.Length], received.ToArray());
        await served.WaitForLogAsync($"snapshots/{served.LatestId}/{File}", "connection aborted");
    }

    /// <summary>The error of a problem answer, once its status, type and the file it names are checked.</summary>
    private static async Task<string> ProblemErrorAsync(ServedThroughProxy served, HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, served.Explain(response, text));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.Equal(Url, body.GetProperty("file").GetString());
        return body.GetProperty("error").GetString()!;
    }

    private static bool IsFileGet(string method, string path) =>
        method == "GET" && path.Contains($"/snapshots/", StringComparison.Ordinal) && path.Split('?')[0].EndsWith($"/{File}", StringComparison.Ordinal);

    private static async Task<ServedThroughProxy> ServedThroughProxyAsync(Func<string, string, ProxyFault> decide)
    {
        var s3 = await S3rverServer.StartAsync();
        var ws = new S3Workspace(s3, graceSeconds: 600);
        var run = await ws.RunAsync("run");
        Assert.True(run.ExitCode == 0, run.ToString());
        var latestId = await ws.LatestIdAsync();
        var expected = await System.IO.File.ReadAllBytesAsync(Path.Combine(await ws.MirrorAsync(), "snapshots", latestId, File));
        Assert.True(expected.Length > 4 * S3FaultProxy.MidBodyBytes, $"{File} has only {expected.Length} bytes");
        var proxy = new S3FaultProxy(s3.Port, decide);
        ws.WriteConfig(proxy.ServiceUrl, graceSeconds: 600);
        var server = await ServeProcess.StartAsync(ws.Files, S3rverServer.AddCredentials);
        return new ServedThroughProxy(s3, ws, proxy, server, latestId, expected);
    }

    private sealed record ServedThroughProxy(S3rverServer S3, S3Workspace Workspace, S3FaultProxy Proxy, ServeProcess Server, string LatestId, byte[] Expected)
        : IAsyncDisposable
    {
        /// <summary>The GETs of the file the proxy saw, in order, as "GET path [range] → fault".</summary>
        public IReadOnlyList<string> FileGets => [.. Proxy.Log.Where(l => l.StartsWith("GET ", StringComparison.Ordinal) && l.Contains($"/{File}", StringComparison.Ordinal))];

        public string Explain(HttpResponseMessage response, object body) =>
            $"{(int)response.StatusCode} {(body is byte[] bytes ? $"{bytes.Length} bytes" : body)}\n{string.Join("\n", Proxy.Log)}\n--- serve ---\n{Server.Log}";

        /// <summary>Waits until serve has logged a line with all of <paramref name="parts"/> (the console logger writes after the answer).</summary>
        public async Task WaitForLogAsync(params string[] parts)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (!Server.Log.Split('\n').Any(line => parts.All(p => line.Contains(p, StringComparison.Ordinal))))
            {
                Assert.False(timeout.IsCancellationRequested, $"serve never logged a line with {string.Join(" and ", parts)}:\n{Server.Log}");
                await Task.Delay(50);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await Server.DisposeAsync();
            await Proxy.DisposeAsync();
            Workspace.Dispose();
            await S3.DisposeAsync();
        }
    }
}
