using Quartz;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Runs;

namespace WeiduEtl.Serving;

/// <summary>
/// When a pipeline counts as healthy: its last finished run (any trigger) did not fail, ended no longer
/// ago than <see cref="MaxAge"/>, and a snapshot is published. A run in progress that started within the
/// limit also counts as recent. partial (some documents failed) and cancelled runs are not failures:
/// the rest was stored and published, and /metrics and the page show the failed documents.
/// </summary>
internal static class HealthRules
{
    /// <summary>The limit when the schedule cannot be read.</summary>
    public static readonly TimeSpan Fallback = TimeSpan.FromHours(24);

    /// <summary>No limit shorter than this, so a seconds-long test schedule does not flap while a pass runs.</summary>
    public static readonly TimeSpan Floor = TimeSpan.FromMinutes(5);

    private const int Multiple = 3;
    private const int FireTimesLooked = 32;

    /// <summary>
    /// Three times the longest gap between the schedule's next fire times (so a weekdays-only cron
    /// allows the weekend), never less than <see cref="Floor"/>; 24 hours if the cron cannot be read.
    /// </summary>
    public static TimeSpan MaxAge(string schedule, DateTimeOffset now)
    {
        CronExpression cron;
        try
        {
            cron = new CronExpression(schedule);
        }
        catch (FormatException)
        {
            return Fallback;
        }
        var longest = TimeSpan.Zero;
        var previous = cron.GetNextValidTimeAfter(now);
        for (var i = 0; i < FireTimesLooked && previous is { } from; i++)
        {
            var next = cron.GetNextValidTimeAfter(from);
            if (next is not { } to)
            {
                break;
            }
            longest = to - from > longest ? to - from : longest;
            previous = to;
        }
        if (longest == TimeSpan.Zero)
        {
            return Fallback;
        }
        var limit = longest * Multiple;
        return limit < Floor ? Floor : limit;
    }

    /// <param name="runs">The pipeline's latest runs, newest first.</param>
    public static PipelineHealth Evaluate(PipelineOptions pipeline, IReadOnlyList<RunSummary> runs, bool hasSnapshot, DateTimeOffset now)
    {
        var maxAge = MaxAge(pipeline.Schedule, now);
        var finished = runs.FirstOrDefault(r => r.Status != "running");
        var running = runs.FirstOrDefault(r => r.Status == "running" && RunHistory.ParseTime(r.StartedAt) is { } s && now - s <= maxAge);
        PipelineHealth Verdict(bool healthy, string reason) => new(pipeline.Name, healthy, reason, finished ?? running, maxAge);

        if (finished is null)
        {
            return running is not null
                ? Verdict(hasSnapshot, hasSnapshot ? "first run in progress" : "first run in progress; nothing published yet")
                : Verdict(false, "no run recorded yet");
        }
        if (finished.Status == "failed")
        {
            return Verdict(false, $"last run {finished.RunId} failed{(finished.Message is null ? "" : $": {finished.Message}")}");
        }
        var ended = RunHistory.ParseTime(finished.FinishedAt) ?? RunHistory.ParseTime(finished.StartedAt);
        if (ended is null)
        {
            return Verdict(false, $"last run {finished.RunId} has no readable time");
        }
        var age = now - ended.Value;
        if (age > maxAge && running is null)
        {
            return Verdict(false, $"last run {finished.RunId} ended {Whole(age)} ago; more than the {Whole(maxAge)} allowed for schedule '{pipeline.Schedule}'");
        }
        if (!hasSnapshot)
        {
            return Verdict(false, "no snapshot published yet");
        }
        return Verdict(true, $"last run {finished.RunId} {finished.Status} {Whole(age)} ago");
    }

    private static string Whole(TimeSpan span) => span.TotalHours >= 1
        ? $"{(int)span.TotalHours}h{span.Minutes:D2}m"
        : $"{(int)span.TotalMinutes}m{span.Seconds:D2}s";
}
