using Microsoft.AspNetCore.Http;
using WeiduEtl.Core.Runs;

namespace WeiduEtl.Serving;

/// <summary>
/// GET /metrics in Prometheus text format, labelled by pipeline: documents processed, stored and failed
/// (sums over the run ledger, so they survive restarts), runs by status, the last finished run's time,
/// duration and outcome, and the latest snapshot's time, rows and bytes per table.
/// </summary>
internal sealed class MetricsEndpoint(ServedDatasets datasets, RunHistory history)
{
    /// <summary>How far back the ledger is summed; a pipeline on a half-hour schedule needs years to get there.</summary>
    private const int RunsSummed = 100_000;

    private static readonly string[] Statuses = ["succeeded", "partial", "failed", "cancelled", "running"];

    public async Task<IResult> ScrapeAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var views = new List<(string Pipeline, IReadOnlyList<RunSummary> Runs, PipelineView View, bool LedgerRead)>();
        foreach (var pipeline in datasets.Pipelines)
        {
            var runs = await history.RecentAsync(pipeline, RunsSummed, withFailures: false, cancellationToken);
            views.Add((pipeline.Name, [.. runs.Runs.Select(r => r.Run)], PipelineView.Load(datasets, pipeline), runs.Error is null));
        }
        static IReadOnlyList<(string, string)> L(string pipeline, params (string, string)[] more) => [("pipeline", pipeline), .. more];

        var text = new PrometheusText();
        text.Family("weidu_ledger_readable", "gauge", "1 when the pipeline's run ledger could be read.",
            views.Select(v => (L(v.Pipeline), v.LedgerRead ? 1.0 : 0.0)));
        text.Family("weidu_documents_processed_total", "counter", "Documents seen by all recorded runs.",
            views.Select(v => (L(v.Pipeline), (double)v.Runs.Sum(r => (long)r.Seen))));
        text.Family("weidu_documents_stored_total", "counter", "Documents stored or replaced by all recorded runs.",
            views.Select(v => (L(v.Pipeline), (double)v.Runs.Sum(r => (long)r.Stored))));
        text.Family("weidu_documents_failed_total", "counter", "Documents that failed in all recorded runs.",
            views.Select(v => (L(v.Pipeline), (double)v.Runs.Sum(r => (long)r.Failed))));
        text.Family("weidu_runs_total", "counter", "Recorded runs by status.",
            views.SelectMany(v => Statuses.Select(s => (L(v.Pipeline, ("status", s)), (double)v.Runs.Count(r => r.Status == s)))));

        var last = views.Select(v => (v.Pipeline, Run: v.Runs.FirstOrDefault(r => r.Status != "running"))).Where(x => x.Run is not null).ToList();
        text.Family("weidu_last_run_timestamp_seconds", "gauge", "When the last finished run started (Unix time).",
            last.Select(x => (L(x.Pipeline), Unix(x.Run!.StartedAt))));
        text.Family("weidu_last_run_duration_seconds", "gauge", "How long the last finished run took.",
            last.Select(x => (L(x.Pipeline), Duration(x.Run!))));
        text.Family("weidu_last_run_success", "gauge", "1 when the last finished run did not fail (succeeded, partial or cancelled).",
            last.Select(x => (L(x.Pipeline), x.Run!.Status == "failed" ? 0.0 : 1.0)));
        text.Family("weidu_last_run_documents_failed", "gauge", "Documents that failed in the last finished run.",
            last.Select(x => (L(x.Pipeline), (double)x.Run!.Failed)));

        var published = views.Where(v => v.View.Latest is not null).ToList();
        text.Family("weidu_latest_snapshot_timestamp_seconds", "gauge", "When the latest snapshot was made (Unix time).",
            published.Select(v => (L(v.Pipeline), Unix(v.View.Latest!.CreatedAt ?? v.View.Manifest?.Created))));
        text.Family("weidu_table_rows", "gauge", "Rows per table in the latest snapshot.",
            published.SelectMany(v => v.View.Tables.Select(t => (L(v.Pipeline, ("table", t.Name)), (double)(t.Rows ?? 0)))));
        text.Family("weidu_table_bytes", "gauge", "Bytes per published file of the latest snapshot.",
            published.SelectMany(v => v.View.Tables.SelectMany(t => t.Files.Select(f =>
                (L(v.Pipeline, ("table", t.Name), ("format", f.Format ?? "")), (double)(f.Bytes ?? 0))))));

        http.Response.Headers.CacheControl = "no-store";
        return Results.Text(text.ToString(), ContentTypes.Prometheus);
    }

    private static double Unix(string? time) => RunHistory.ParseTime(time) is { } t ? t.ToUnixTimeMilliseconds() / 1000.0 : double.NaN;

    private static double Duration(RunSummary run) =>
        RunHistory.ParseTime(run.StartedAt) is { } start && RunHistory.ParseTime(run.FinishedAt) is { } end ? (end - start).TotalSeconds : double.NaN;
}
