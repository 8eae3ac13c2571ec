using System.Diagnostics;
using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Core.Pipeline;

/// <summary>
/// Logs a search index catch-up's progress when <c>every</c> has gone by since the last line, and never after its last
/// transaction: a catch-up of a whole store (a backfill, or the first opening after a schema change re-queued every
/// article) takes minutes.
/// </summary>
public sealed class SearchIndexProgressLog : IProgress<SearchIndexProgress>
{
    /// <summary>At most one line in this time: a catch-up's transactions take about a second each.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(10);

    private readonly Stopwatch _sinceLastLine = Stopwatch.StartNew();
    private readonly TimeSpan _every;
    private readonly Action<SearchIndexProgress> _write;

    private SearchIndexProgressLog(TimeSpan every, Action<SearchIndexProgress> write)
    {
        _every = every;
        _write = write;
    }

    /// <summary>Lines naming a pipeline, as its pass's other lines do (<c>{Pipeline}</c>).</summary>
    public static SearchIndexProgressLog OfPipeline(string pipeline, ILogger logger, TimeSpan every) =>
        new(every, p => logger.LogInformation("Search index of pipeline {Pipeline}: {Articles} articles added so far, {Waiting} still queued", pipeline, p.Indexed, p.Waiting));

    /// <summary>Lines naming a database (its path, or its server without the password), for a catch-up no pass runs.</summary>
    public static SearchIndexProgressLog OfDatabase(string database, ILogger logger) =>
        new(Every, p => logger.LogInformation("Search index of {Database}: {Articles} articles added so far, {Waiting} still queued", database, p.Indexed, p.Waiting));

    public void Report(SearchIndexProgress value)
    {
        if (value.Waiting == 0 || _sinceLastLine.Elapsed < _every)
        {
            return;
        }
        _write(value);
        _sinceLastLine.Restart();
    }
}
