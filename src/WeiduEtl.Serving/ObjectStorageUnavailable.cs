using Microsoft.AspNetCore.Http;
using WeiduEtl.ObjectStorage;

namespace WeiduEtl.Serving;

/// <summary>
/// A download from a pipeline whose output is on object storage, while the service stays down after every retry: the
/// client gets 503 with the reason and when to ask again, not an empty 500. A body already streaming can only be cut.
/// </summary>
internal static class ObjectStorageUnavailable
{
    /// <summary>Seconds a client waits before asking again: about as long as one request's retries take.</summary>
    private const int RetryAfterSeconds = 30;

    public static async Task AnswerAsync(HttpContext http, RequestDelegate next)
    {
        try
        {
            await next(http);
        }
        catch (ObjectStoreException ex) when (!http.Response.HasStarted)
        {
            http.Response.Clear();
            http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await FileEndpoint.Problem(StatusCodes.Status503ServiceUnavailable, $"object storage is unavailable: {ex.Message}").ExecuteAsync(http);
        }
    }
}
