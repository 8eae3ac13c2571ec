using System.Net;

namespace WeiduEtl.Sources.Epaper;

/// <summary>
/// The outcome of one HTTP attempt, with the body already read and checked, so that the resilience
/// pipeline's timeout covers the whole body and its retry sees truncated downloads.
/// </summary>
/// <param name="Status">The response status.</param>
/// <param name="Body">The complete body of a 200, else null.</param>
/// <param name="ETag">The response's ETag, verbatim.</param>
/// <param name="LastModified">The response's Last-Modified, verbatim.</param>
/// <param name="Charset">The Content-Type charset, if any.</param>
/// <param name="FinalUrl">The URL after redirects (relative links resolve against it).</param>
/// <param name="RetryAfter">How long the server asked to wait (503, 429), if it said.</param>
/// <param name="Rejection">Why a response that arrived whole cannot be used (too large, not a PDF); never retried.</param>
internal sealed record HttpAttempt(
    HttpStatusCode Status,
    byte[]? Body,
    string? ETag,
    string? LastModified,
    string? Charset,
    Uri FinalUrl,
    TimeSpan? RetryAfter,
    string? Rejection = null)
{
    /// <summary>5xx, 408 and 429 are worth another try; other statuses are answers.</summary>
    public bool IsTransient =>
        Rejection is null && (Status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)Status >= 500);
}
