using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using WeiduEtl.ObjectStorage;

namespace WeiduEtl.Serving;

/// <summary>
/// A file that could not be read while being served. Before any byte has gone out the client gets a status and a body
/// naming the file: 503 with Retry-After when object storage stayed down through every retry, since a service
/// comes back; 500 when object storage refused for good (403, a missing bucket, no credentials) or a file of a
/// snapshot folder on this server's disk cannot be read, since wrong credentials, a failing disk or wrong permissions
/// do not pass by themselves and a client told to retry would only retry; 404 when the object was removed between
/// its HEAD and its GET (its snapshot pruned), as the HEAD a moment later would have answered. Once the response has
/// started its status cannot change, so the connection is aborted: the client sees a cut-off transfer, never a
/// short file that looks whole. Each case is logged with the file and the reason.
/// </summary>
internal sealed class DownloadFailures(ILogger<DownloadFailures> logger)
{
    /// <summary>Seconds a client waits before asking again: about as long as one request's retries take.</summary>
    public const int RetryAfterSeconds = 30;

    public async Task AnswerAsync(HttpContext http, RequestDelegate next)
    {
        try
        {
            await next(http);
        }
        catch (ObjectStoreException ex)
        {
            var path = http.Request.Path.Value ?? "";
            if (Aborted(http, path, ex.ObjectName ?? path, ex.Message))
            {
                return;
            }
            // The client learns the short reason; the message names the bucket and where to look for credentials.
            var (status, error) = ex switch
            {
                { Missing: true } => (StatusCodes.Status404NotFound, "the file was removed from object storage while being served"),
                { Transient: true } => (StatusCodes.Status503ServiceUnavailable, $"object storage is unavailable ({ex.Reason}); try again in {RetryAfterSeconds} seconds"),
                _ => (StatusCodes.Status500InternalServerError,
                    $"this server could not read the file from object storage ({ex.Reason}); asking again will not help until its operator repairs it"),
            };
            logger.LogError("Download {Path}: {Object} could not be read from object storage ({Error}); answered {Status}", path, ex.ObjectName, ex.Message, status);
            http.Response.Clear();
            if (status == StatusCodes.Status503ServiceUnavailable)
            {
                http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            }
            await FileEndpoint.Problem(status, error, http.Request.Path.StartsWithSegments("/datasets") ? path : null).ExecuteAsync(http);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && http.Request.Path.StartsWithSegments("/datasets"))
        {
            var path = http.Request.Path.Value ?? "";
            if (Aborted(http, path, path, ex.Message))
            {
                return;
            }
            logger.LogError("Download {Path}: the file could not be read from the snapshot folder ({Reason}); answered 500", path, ex.Message);
            http.Response.Clear();
            // The exception names the server's own paths; the client learns only what kind of failure it was.
            var kind = ex is UnauthorizedAccessException ? "permission denied" : "read error";
            await FileEndpoint.Problem(StatusCodes.Status500InternalServerError,
                $"this server could not read the file ({kind}); asking again will not help until its operator repairs it", path).ExecuteAsync(http);
        }
    }

    /// <summary>True when bytes had gone out: the connection is then aborted, and the failure logged as such.</summary>
    private bool Aborted(HttpContext http, string path, string file, string reason)
    {
        if (!http.Response.HasStarted)
        {
            return false;
        }
        logger.LogError("Download {Path}: reading {Object} failed after the response started ({Reason}); connection aborted so the client sees a cut-off transfer",
            path, file, reason);
        http.Abort();
        return true;
    }
}
