using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Runs;

namespace WeiduEtl.Core.Pipeline;

/// <summary>
/// Stores what a <see cref="StoreBatch"/> holds in one transaction and records it in the run ledger, for a pass and a
/// backfill alike. When the transaction fails, one bad document must not cost the others: each is stored alone, and
/// only one that fails again goes to <paramref name="fail"/>, which logs it and records it failed.
/// </summary>
public sealed class StoreBatchWriter(IIssueStore store, IStoredDocumentsLedger ledger, Func<StoreBatch.Item, Exception, Task> fail, ILogger logger)
{
    /// <summary>Stores and records the batch's documents; the batch is empty after.</summary>
    /// <returns>The documents in order, each stored, replaced or failed.</returns>
    public async Task<IReadOnlyList<(StoreBatch.Item Item, DocumentOutcome Outcome)>> WriteAsync(StoreBatch batch, CancellationToken cancellationToken)
    {
        if (batch.IsEmpty)
        {
            return [];
        }
        var items = batch.Take();
        try
        {
            await store.SaveIssuesAsync([.. items.Select(i => i.Record)], cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && items.Count > 1)
        {
            logger.LogWarning("Storing {Count} documents together failed ({Reason}); storing them one at a time", items.Count, ex.Message);
            var outcomes = new List<(StoreBatch.Item, DocumentOutcome)>(items.Count);
            foreach (var item in items)
            {
                outcomes.Add((item, await StoreAloneAsync(item, cancellationToken)));
            }
            return outcomes;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await fail(items[0], ex);
            return [(items[0], DocumentOutcome.Failed)];
        }
        var stored = items.Select(i => (i, Stored(i))).ToList();
        await ledger.RecordStoredAsync(stored, cancellationToken);
        return stored;
    }

    private async Task<DocumentOutcome> StoreAloneAsync(StoreBatch.Item item, CancellationToken cancellationToken)
    {
        try
        {
            await store.SaveIssueAsync(item.Record, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await fail(item, ex);
            return DocumentOutcome.Failed;
        }
        var outcome = Stored(item);
        await ledger.RecordStoredAsync([(item, outcome)], cancellationToken);
        return outcome;
    }

    private static DocumentOutcome Stored(StoreBatch.Item item) => item.Known ? DocumentOutcome.Replaced : DocumentOutcome.Stored;
}
