namespace WeiduEtl.Sources.Epaper;

/// <summary>The source only ever talks http and https, whatever a page links to.</summary>
internal static class HttpUris
{
    public static bool IsHttp(Uri uri) =>
        uri.IsAbsoluteUri
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);

    /// <summary>Scheme, host and port: the unit that gets its own rate limit and circuit breaker.</summary>
    public static string HostKey(Uri uri) => uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
}
