using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace WeiduEtl.Serving;

/// <summary>GET /healthz: 200 when every served pipeline is healthy (see <see cref="HealthRules"/>), else 503; the body says why.</summary>
internal sealed class HealthEndpoint(ServedDatasets datasets, RunHistory history, TimeProvider time)
{
    private const int RunsLooked = 10;
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<IResult> CheckAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var verdicts = new List<PipelineHealth>();
        foreach (var pipeline in datasets.Pipelines)
        {
            var runs = await history.RecentAsync(pipeline, RunsLooked, withFailures: false, cancellationToken);
            var hasSnapshot = datasets.Latest(pipeline) is not null;
            verdicts.Add(runs.Error is null
                ? HealthRules.Evaluate(pipeline, [.. runs.Runs.Select(r => r.Run)], hasSnapshot, now)
                : new PipelineHealth(pipeline.Name, false, runs.Error, null, HealthRules.MaxAge(pipeline.Schedule, now)));
        }
        var healthy = verdicts.Count > 0 && verdicts.All(v => v.Healthy);
        var body = new JsonObject
        {
            ["status"] = healthy ? "ok" : "unhealthy",
            ["checked_at"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["pipelines"] = new JsonArray([.. verdicts.Select(v => (JsonNode)new JsonObject
            {
                ["name"] = v.Pipeline,
                ["healthy"] = v.Healthy,
                ["reason"] = v.Reason,
                ["max_age_seconds"] = (long)v.MaxAge.TotalSeconds,
                ["last_run"] = v.LastRun is null ? null : new JsonObject
                {
                    ["run_id"] = v.LastRun.RunId,
                    ["trigger"] = v.LastRun.Trigger,
                    ["status"] = v.LastRun.Status,
                    ["started_at"] = v.LastRun.StartedAt,
                    ["finished_at"] = v.LastRun.FinishedAt,
                    ["failed_documents"] = v.LastRun.Failed,
                },
            })]),
        };
        http.Response.Headers.CacheControl = "no-store";
        return Results.Text(body.ToJsonString(Options) + "\n", ContentTypes.Json, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
