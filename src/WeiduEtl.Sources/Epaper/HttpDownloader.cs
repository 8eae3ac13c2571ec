using System.Net;
using System.Text;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using WeiduEtl.Core.Documents;

namespace WeiduEtl.Sources.Epaper;

/// <summary>
/// One GET through the host's resilience pipeline: conditional when validators are known, a User-Agent,
/// a size limit, and a body that is only accepted whole (Content-Length met, a PDF's %%EOF present).
/// Never throws for the network; only cancellation of the pass escapes.
/// </summary>
internal sealed class HttpDownloader(IHttpClientFactory clients, HostResiliencePipelines pipelines, TimeProvider time, string clientName)
{
    private const int PdfMarkerWindow = 1024;
    private static readonly byte[] PdfHeader = "%PDF-"u8.ToArray();

    public async Task<DownloadResult> GetAsync(EpaperSettings settings, Uri url, UrlState? known, DownloadKind kind, CancellationToken cancellationToken)
    {
        if (!HttpUris.IsHttp(url))
        {
            return DownloadResult.Failed($"GET {url}: only http and https URLs are fetched");
        }
        var pipeline = pipelines.For(settings, url);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(HostResiliencePipelines.UrlProperty, url.AbsoluteUri);
        try
        {
            var attempt = await pipeline.ExecuteAsync(
                static (ctx, state) => state.Self.AttemptAsync(state.Settings, state.Url, state.Known, state.Kind, ctx.CancellationToken),
                context,
                (Self: this, Settings: settings, Url: url, Known: known, Kind: kind));
            return Classify(url, attempt, settings);
        }
        catch (BrokenCircuitException)
        {
            return DownloadResult.Failed($"GET {url}: the circuit for {HttpUris.HostKey(url)} is open after repeated failures; it is tried again on a later pass");
        }
        catch (TimeoutRejectedException ex)
        {
            return DownloadResult.Failed($"GET {url}: timed out after {ex.Timeout.TotalSeconds:0.###}s");
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            return DownloadResult.Failed($"GET {url}: {ex.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DownloadResult.Failed($"GET {url}: cancelled by the HTTP client (timeout)");
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static DownloadResult Classify(Uri url, HttpAttempt attempt, EpaperSettings settings) => attempt switch
    {
        { Rejection: { } why } => DownloadResult.Failed($"GET {url}: {why}"),
        { Status: HttpStatusCode.OK } => new DownloadResult(DownloadStatus.Ok, attempt, null),
        { Status: HttpStatusCode.NotModified } => new DownloadResult(DownloadStatus.NotModified, attempt, null),
        { Status: HttpStatusCode.NotFound or HttpStatusCode.Gone } => new DownloadResult(DownloadStatus.NotFound, attempt, null),
        { IsTransient: true } => DownloadResult.Failed($"GET {url}: HTTP {(int)attempt.Status} after {settings.MaxRetries + 1} attempts"),
        _ => DownloadResult.Failed($"GET {url}: HTTP {(int)attempt.Status}"),
    };

    private async ValueTask<HttpAttempt> AttemptAsync(EpaperSettings settings, Uri url, UrlState? known, DownloadKind kind, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", settings.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", kind == DownloadKind.Pdf ? "application/pdf,*/*;q=0.5" : "text/html,application/xhtml+xml,*/*;q=0.5");
        if (known?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }
        if (known?.LastModified is { } lastModified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        var client = clients.CreateClient(clientName);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var finalUrl = response.RequestMessage?.RequestUri ?? url;
        var retryAfter = RetryAfter(response);
        var etagOut = response.Headers.ETag?.ToString();
        var lastModifiedOut = response.Content.Headers.TryGetValues("Last-Modified", out var values) ? values.FirstOrDefault() : null;
        HttpAttempt Result(byte[]? body, string? rejection = null) =>
            new(response.StatusCode, body, etagOut, lastModifiedOut, response.Content.Headers.ContentType?.CharSet, finalUrl, retryAfter, rejection);

        if (response.StatusCode != HttpStatusCode.OK)
        {
            return Result(null);
        }
        var declared = response.Content.Headers.ContentLength;
        if (declared > settings.MaxDownloadBytes)
        {
            return Result(null, $"{declared} bytes is more than maxDownloadBytes ({settings.MaxDownloadBytes})");
        }
        var body = await ReadAtMostAsync(response.Content, settings.MaxDownloadBytes, cancellationToken);
        if (body is null)
        {
            return Result(null, $"the body is more than maxDownloadBytes ({settings.MaxDownloadBytes})");
        }
        if (declared is { } length && body.Length != length)
        {
            throw new IOException($"download cut off: {body.Length} of {length} bytes");
        }
        if (kind == DownloadKind.Pdf)
        {
            if (body.AsSpan(0, Math.Min(body.Length, PdfMarkerWindow)).IndexOf(PdfHeader) < 0)
            {
                return Result(null, $"not a PDF ({response.Content.Headers.ContentType?.MediaType ?? "no content type"}, starts with '{Preview(body)}')");
            }
            if (PdfEnding.IsCutOff(body))
            {
                throw new IOException($"download cut off: the PDF ends without %%EOF after {body.Length} bytes");
            }
        }
        return Result(body);
    }

    private static async Task<byte[]?> ReadAtMostAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        // Against the server's own clock when it sends one, so clock skew does not matter.
        { Date: { } date } => date - (response.Headers.Date ?? time.GetUtcNow()),
        _ => null,
    };

    private static string Preview(byte[] body) =>
        new(Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, 16)).Select(c => char.IsControl(c) ? '.' : c).ToArray());
}
