namespace WeiduEtl.Sources.Epaper;

/// <summary>
/// The resilience settings that are not per-site options: how long to back off, how far to trust
/// <c>Retry-After</c>, when a host's circuit opens. The defaults suit a newspaper site polled every
/// half hour; tests shorten them.
/// </summary>
public sealed class EpaperResilienceTuning
{
    /// <summary>The first retry's delay; each further retry doubles it, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait before a retry, also the cap on a server's <c>Retry-After</c>.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The share of failed attempts to a host, within the sampling duration, that opens its circuit.</summary>
    public double BreakerFailureRatio { get; init; } = 0.5;

    /// <summary>Attempts to a host within the sampling duration before the failure ratio counts.</summary>
    public int BreakerMinimumThroughput { get; init; } = 10;

    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an open circuit fails requests to its host at once, before letting one through.</summary>
    public TimeSpan BreakerBreakDuration { get; init; } = TimeSpan.FromSeconds(60);
}
