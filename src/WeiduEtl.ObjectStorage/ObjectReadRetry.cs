using Microsoft.Extensions.Logging;
using Polly;

namespace WeiduEtl.ObjectStorage;

/// <summary>
/// The retry of reading an object's body after its GET has answered: a dropped connection or a body cut short is read
/// again from the byte it stopped at (a ranged GET), twice at most and after a short pause, since a client waits on
/// the other end. Opening the GET is retried longer by <see cref="ObjectRetry"/>; what that gave up on is not tried again.
/// </summary>
internal static class ObjectReadRetry
{
    public const int MaxAttempts = 3;

    public static ResiliencePipeline Create(ILogger logger) =>
        ObjectRetry.Build(logger, MaxAttempts, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1),
            (ex, cancellationToken) => ex is not ObjectStoreException && ObjectRetry.IsTransient(ex, cancellationToken), "reading again from there");
}
