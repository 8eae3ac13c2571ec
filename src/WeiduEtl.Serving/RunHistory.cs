using System.Globalization;
using System.Data.Common;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Serving;

/// <summary>
/// Reads the run ledger through the store port. A missing database means no run yet (and is not
/// created); a locked or broken one is reported on the page instead of failing it.
/// </summary>
internal sealed class RunHistory(IStoreFactory stores)
{
    public async Task<RunHistoryResult> RecentAsync(PipelineOptions pipeline, int count, bool withFailures, CancellationToken cancellationToken)
    {
        if (!DatabaseValue.IsPostgres(pipeline.Database) && !File.Exists(pipeline.Database))
        {
            return new RunHistoryResult([], null);
        }
        try
        {
            var store = stores.Runs(pipeline);
            var runs = await store.RecentRunsAsync(pipeline.Name, count, cancellationToken);
            var records = new List<RunRecord>(runs.Count);
            foreach (var run in runs)
            {
                var failures = withFailures && run.Failed > 0
                    ? await store.FailuresOfRunAsync(run.RunId, cancellationToken)
                    : [];
                records.Add(new RunRecord(run, failures));
            }
            return new RunHistoryResult(records, null);
        }
        catch (Exception ex) when (ex is DbException or IOException or InvalidOperationException)
        {
            return new RunHistoryResult([], $"the run ledger in {(DatabaseValue.IsPostgres(pipeline.Database) ? "the PostgreSQL database" : Path.GetFileName(pipeline.Database))} cannot be read: {ex.Message}");
        }
    }

    /// <summary>Ledger times are ISO 8601 UTC strings.</summary>
    public static DateTimeOffset? ParseTime(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : null;
}
