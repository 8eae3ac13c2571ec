namespace WeiduEtl.TestSupport.Epaper;

/// <summary>One way the fake site misbehaves on one request.</summary>
public abstract record SiteFault
{
    /// <summary>Answer with this status (and Retry-After seconds, if given) instead of the resource.</summary>
    public sealed record Status(int Code, int? RetryAfterSeconds = null) : SiteFault;

    /// <summary>Send half the body, then stall for this long.</summary>
    public sealed record SlowBody(TimeSpan Delay) : SiteFault;

    /// <summary>Announce the whole body, send half, close.</summary>
    public sealed record CutOff : SiteFault;

    /// <summary>Send a PDF whose last bytes (the %%EOF line) are missing, with a matching Content-Length.</summary>
    public sealed record NoEof : SiteFault;
}
