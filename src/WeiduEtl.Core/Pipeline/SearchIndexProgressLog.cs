using System.Diagnostics;
using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Core.Pipeline;

/// <summary>
/// Logs a search index catch-up's progress when <paramref name="every"/> has gone by since the last line, and never after
/// its last transaction: a catch-up of a whole store (a backfill, or the first opening after a schema change re-queued
/// every article) takes minutes.
/// </summary>
/// <param name="index">Whose index, as the line names it: <c>pipeline weidu</c>, or a database.</param>
public sealed class SearchIndexProgressLog(string index, ILogger logger, TimeSpan every) : IProgress<SearchIndexProgress>
{
    /// <summary>At most one line in this time: a catch-up's transactions take about a second each.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(10);

    private readonly Stopwatch _sinceLastLine = Stopwatch.StartNew();

    public void Report(SearchIndexProgress value)
    {
        if (value.Waiting == 0 || _sinceLastLine.Elapsed < every)
        {
            return;
        }
        logger.LogInformation("Search index of {Index}: {Articles} articles added so far, {Waiting} still queued", index, value.Indexed, value.Waiting);
        _sinceLastLine.Restart();
    }
}
