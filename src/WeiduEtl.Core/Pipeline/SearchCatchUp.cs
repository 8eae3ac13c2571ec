using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Core.Pipeline;

/// <summary>
/// The end of a pass or backfill, before its snapshot: the store's search index catches up with what it stored
/// (<see cref="IIssueStore.CatchUpSearchAsync(IProgress{SearchIndexProgress}, CancellationToken)"/>). The data is stored
/// by then, so a failure here does not fail the pass: the articles stay queued, and the next pass, or the next process to
/// open the store, indexes them. A long catch-up (a backfill of 100,000 articles takes minutes) logs how far it has come.
/// </summary>
public static class SearchCatchUp
{
    /// <summary>
    /// Runs <paramref name="snapshot"/> while the catch-up runs beside it on another thread, and returns once both have
    /// ended. A snapshot reads stored rows and never the search index, and SQLite's write-ahead log lets one connection
    /// read while another writes, so the two share the machine's cores instead of taking turns. A catch-up cancelled
    /// leaves its articles queued, as one that fails does: the snapshot's own outcome stands.
    /// </summary>
    public static async Task<T> BesideAsync<T>(IIssueStore store, PipelineOptions pipeline, ILogger logger, Func<Task<T>> snapshot, CancellationToken cancellationToken)
    {
        var catchUp = Task.Run(() => RunAsync(store, pipeline, logger, cancellationToken), CancellationToken.None);
        try
        {
            return await snapshot();
        }
        finally
        {
            try
            {
                await catchUp;
            }
            catch (OperationCanceledException)
            {
                logger.LogInformation("Search index of pipeline {Pipeline}: catch-up cancelled, its articles stay queued for the next pass or start", pipeline.Name);
            }
        }
    }

    public static Task RunAsync(IIssueStore store, PipelineOptions pipeline, ILogger logger, CancellationToken cancellationToken) =>
        RunAsync(store, pipeline, logger, SearchIndexProgressLog.Every, cancellationToken);

    /// <param name="progressEvery">The least time between two progress lines.</param>
    public static async Task RunAsync(IIssueStore store, PipelineOptions pipeline, ILogger logger, TimeSpan progressEvery, CancellationToken cancellationToken)
    {
        try
        {
            var indexed = await store.CatchUpSearchAsync(SearchIndexProgressLog.OfPipeline(pipeline.Name, logger, progressEvery), cancellationToken);
            if (indexed > 0)
            {
                logger.LogInformation("Search index of pipeline {Pipeline} caught up: {Articles} articles added", pipeline.Name, indexed);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Search index of pipeline {Pipeline} in {Database} not caught up: {Reason}. Its stored articles stay queued for the next pass or start",
                pipeline.Name, DatabaseValue.Redacted(pipeline.Database), ex.Message);
        }
    }
}
