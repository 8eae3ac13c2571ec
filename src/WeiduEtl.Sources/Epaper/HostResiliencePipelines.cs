using System.Net.Http;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

namespace WeiduEtl.Sources.Epaper;

/// <summary>
/// One Polly pipeline per host (and set of limits), so its rate limiter and circuit breaker are shared by
/// every pass and pipeline that talks to that host. Outermost first: the per-document timeout over all
/// attempts; retry with exponential backoff and jitter, or the server's Retry-After; the host's circuit
/// breaker; the host's rate limit; the per-request timeout.
/// </summary>
internal sealed class HostResiliencePipelines(EpaperResilienceTuning tuning, TimeProvider time, ILogger logger) : IDisposable
{
    public static readonly ResiliencePropertyKey<string> UrlProperty = new("weidu.epaper.url");

    private readonly ResiliencePipelineRegistry<string> _registry = new();

    public ResiliencePipeline<HttpAttempt> For(EpaperSettings settings, Uri url) =>
        _registry.GetOrAddPipeline<HttpAttempt>(settings.ResilienceKey(url), (builder, context) =>
        {
            builder.TimeProvider = time;
            builder.AddTimeout(new TimeoutStrategyOptions { Name = "document-timeout", Timeout = settings.DocumentTimeout });
            if (settings.MaxRetries > 0)
            {
                builder.AddRetry(RetryOptions(settings));
            }
            builder.AddCircuitBreaker(BreakerOptions(HttpUris.HostKey(url)));
            var limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = 1,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1 / settings.RequestsPerSecond),
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            });
            builder.AddRateLimiter(limiter);
            context.OnPipelineDisposed(limiter.Dispose);
            builder.AddTimeout(new TimeoutStrategyOptions { Name = "request-timeout", Timeout = settings.RequestTimeout });
        });

    public void Dispose() => _registry.Dispose();

    /// <summary>Connection resets, cut-off bodies, timeouts and 5xx/408/429 are worth another try.</summary>
    public static bool IsTransient(Outcome<HttpAttempt> outcome) => outcome.Exception switch
    {
        null => outcome.Result?.IsTransient == true,
        TimeoutRejectedException or HttpRequestException or IOException => true,
        _ => false,
    };

    private RetryStrategyOptions<HttpAttempt> RetryOptions(EpaperSettings settings) => new()
    {
        MaxRetryAttempts = settings.MaxRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = tuning.RetryBaseDelay,
        MaxDelay = tuning.MaxRetryDelay,
        ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
        // A server that says when to come back knows better than our backoff, within reason.
        DelayGenerator = args => ValueTask.FromResult(
            args.Outcome.Result?.RetryAfter is { } wait ? (TimeSpan?)Clamp(wait, TimeSpan.Zero, tuning.MaxRetryDelay) : null),
        OnRetry = args =>
        {
            logger.LogWarning("GET {Url} attempt {Attempt} failed ({Reason}); retrying in {Delay:0.###}s",
                args.Context.Properties.GetValue(UrlProperty, "?"), args.AttemptNumber + 1, Describe(args.Outcome), args.RetryDelay.TotalSeconds);
            return default;
        },
    };

    private CircuitBreakerStrategyOptions<HttpAttempt> BreakerOptions(string host) => new()
    {
        FailureRatio = tuning.BreakerFailureRatio,
        MinimumThroughput = tuning.BreakerMinimumThroughput,
        SamplingDuration = tuning.BreakerSamplingDuration,
        BreakDuration = tuning.BreakerBreakDuration,
        ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
        OnOpened = args =>
        {
            logger.LogError("Circuit for {Host} opened after repeated failures; requests to it fail at once for {Seconds:0.#}s",
                host, args.BreakDuration.TotalSeconds);
            return default;
        },
    };

    public static string Describe(Outcome<HttpAttempt> outcome) =>
        outcome.Exception is { } ex ? $"{ex.GetType().Name}: {ex.Message}" : $"HTTP {(int)outcome.Result!.Status}";

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) => value < min ? min : value > max ? max : value;
}
