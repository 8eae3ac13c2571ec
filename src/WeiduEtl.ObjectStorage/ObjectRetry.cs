using System.Net;
using Amazon.Runtime;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace WeiduEtl.ObjectStorage;

/// <summary>
/// The retry policy of every object request: server errors (5xx), throttling (503 SlowDown, 429), request
/// timeouts, dropped connections and a body that does not match its ETag are retried with jittered exponential
/// back-off; anything else (403, 404, a bad bucket name) fails at once, since trying again cannot fix it.
/// </summary>
internal static class ObjectRetry
{
    public const int MaxAttempts = 8;

    /// <summary>
    /// What the SDK throws when a GET's body does not hash to the ETag: a read of an object while a store that does not
    /// replace objects whole (s3rver) overwrites it, as a publish does latest.json, or bytes damaged on the way. The
    /// SDK gives it no type of its own. Read again, the whole object comes.
    /// </summary>
    private const string BodyHashMismatch = "Expected hash not equal to calculated hash";

    /// <summary>The SDK's parameter name when the ETag of such a torn answer is not hex (read while being written).</summary>
    private const string UnreadableETag = "hex";

    public static ResiliencePipeline Create(ILogger logger) =>
        Build(logger, MaxAttempts, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(3), IsTransient, "retrying");

    /// <param name="next">What a retry does, for the log ("retrying").</param>
    internal static ResiliencePipeline Build(ILogger logger, int maxAttempts, TimeSpan delay, TimeSpan maxDelay, Func<Exception, CancellationToken, bool> handles, string next) =>
        new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && handles(ex, args.Context.CancellationToken)),
            MaxRetryAttempts = maxAttempts - 1,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = delay,
            MaxDelay = maxDelay,
            OnRetry = args =>
            {
                logger.LogWarning("Object storage: attempt {Attempt} of {Operation} failed ({Reason}); {Next} in {Delay} ms",
                    args.AttemptNumber + 1, args.Context.OperationKey, Reason(args.Outcome.Exception!), next, (int)args.RetryDelay.TotalMilliseconds);
                return ValueTask.CompletedTask;
            },
        })
        .Build();

    public static bool IsTransient(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        AmazonServiceException s when (int)s.StatusCode >= 500 || s.StatusCode == HttpStatusCode.TooManyRequests
            || s.ErrorCode is "SlowDown" or "RequestTimeout" or "InternalError" or "BadDigest" => true,
        AmazonServiceException { StatusCode: 0 } s => s.InnerException is not null,
        AmazonClientException c when c.InnerException is HttpRequestException or IOException => true,
        AmazonClientException { Message: BodyHashMismatch } => true,
        ArgumentOutOfRangeException { ParamName: UnreadableETag } => true,
        HttpRequestException or IOException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>A failure of the service or the way to it, as opposed to a bug, or the caller giving up.</summary>
    public static bool IsStoreFailure(Exception ex, CancellationToken cancellationToken) =>
        ex is AmazonServiceException or AmazonClientException or HttpRequestException or IOException
        || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    public static string Reason(Exception ex) => ex switch
    {
        AmazonServiceException s when s.StatusCode != 0 => $"{(int)s.StatusCode} {s.ErrorCode}: {s.Message}",
        _ when ex.InnerException is { } inner => $"{ex.Message} ({inner.Message})",
        _ => ex.Message,
    };

    /// <summary>
    /// <see cref="Reason"/> without the words that name things: AWS's own messages can carry the account and the
    /// resource ("User arn:… is not authorized … on resource arn:aws:s3:::bucket/key"), a connection's the service's address.
    /// </summary>
    public static string ShortReason(Exception ex, bool transient) => ex switch
    {
        AmazonServiceException s when s.StatusCode != 0 => $"{(int)s.StatusCode} {s.ErrorCode}",
        OperationCanceledException => "timed out",
        _ when transient => "connection failed or answer cut short",
        _ => "request could not be made",
    };
}
