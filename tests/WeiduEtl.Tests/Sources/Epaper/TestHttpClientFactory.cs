namespace WeiduEtl.Tests.Sources.Epaper;

/// <summary>Clients over one handler with no proxy; Polly owns the timeouts, as in production.</summary>
public sealed class TestHttpClientFactory : IHttpClientFactory, IDisposable
{
    private readonly SocketsHttpHandler _handler = new() { UseProxy = false, AllowAutoRedirect = true };

    public HttpClient CreateClient(string name) => new(_handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };

    public void Dispose() => _handler.Dispose();
}
