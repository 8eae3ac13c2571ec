using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Core.Pipeline;

/// <summary>
/// Indexes a long pass's stored articles for search while the pass goes on, a catch-up transaction each time enough
/// have been stored since the last, on the storing thread between two batches: the parses already under way keep the
/// other cores busy meanwhile. Caught up only at the pass's end, the index of 5,000 text pages took as long again as
/// storing them, on one core. A pass storing fewer articles than one catch-up transaction holds (a service pass with a
/// few new pages, an e-paper pass) indexes at its end only, as before (<see cref="SearchCatchUp"/>). A catch-up that
/// fails here is logged and left: the articles stay queued for the end of the pass.
/// </summary>
public sealed class SearchCatchUpAlong(IIssueStore store, PipelineOptions pipeline, ILogger logger)
{
    /// <summary>About one catch-up transaction's worth (the SQLite store's is 500 articles).</summary>
    public const int ArticlesBetweenCatchUps = 500;

    private int _storedSinceCatchUp;
    private bool _failed;

    /// <summary>How many articles the catch-ups during the pass indexed.</summary>
    public int Indexed { get; private set; }

    /// <summary>Called after each stored batch with the number of articles it wrote.</summary>
    public async Task AfterBatchAsync(int articlesStored, CancellationToken cancellationToken)
    {
        _storedSinceCatchUp += articlesStored;
        if (_failed || _storedSinceCatchUp < ArticlesBetweenCatchUps)
        {
            return;
        }
        _storedSinceCatchUp = 0;
        try
        {
            Indexed += await store.CatchUpSearchAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _failed = true;
            logger.LogWarning(ex, "Search index of pipeline {Pipeline} not caught up during the pass: {Reason}. Its stored articles stay queued for the end of the pass",
                pipeline.Name, ex.Message);
        }
    }
}
