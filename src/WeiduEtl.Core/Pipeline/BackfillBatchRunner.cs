using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Runs;

namespace WeiduEtl.Core.Pipeline;

/// <summary>
/// One batch of a backfill that several nodes share: the named stored issues parsed again from their stored bytes,
/// stored several a transaction as a single node's backfill stores them (<see cref="StoreBatchWriter"/>), and each
/// recorded once in the backfill's run (a batch run twice parses again what it had done, which changes nothing, and
/// the ledger keeps the first outcome).
/// </summary>
public sealed class BackfillBatchRunner(DocumentProcessor processor, IStoreFactory stores, ILogger<BackfillBatchRunner> logger)
{
    public async Task<BatchResult> RunAsync(PipelineOptions options, long runId, IReadOnlyCollection<string> sourceUris, CancellationToken cancellationToken)
    {
        var store = stores.Issues(options);
        var stored = (await store.ListSourcesAsync(options.Name, cancellationToken)).ToDictionary(s => s.SourceUri, StringComparer.Ordinal);
        var ledger = new SharedRunBatchLedger(stores.Runs(options), runId);
        var batch = new StoreBatch(StoreBatch.DefaultCapacity);
        var writer = new StoreBatchWriter(store, ledger, (item, error) => FailAsync(ledger, stored[item.Document.SourceUri], error, cancellationToken), logger);
        foreach (var uri in sourceUris)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!stored.TryGetValue(uri, out var source))
            {
                // Recorded after the issues before it, so the run's documents keep the batch's order.
                await writer.WriteAsync(batch, cancellationToken);
                await ledger.RecordAsync(uri, null, DocumentOutcome.Failed, null, "the issue is no longer stored", null, cancellationToken);
                continue;
            }
            try
            {
                var content = await store.LoadSourceContentAsync(source.IssueId, cancellationToken);
                var document = source.Document(content);
                batch.Add(new StoreBatch.Item(document, processor.Process(options, document), Known: true));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await writer.WriteAsync(batch, cancellationToken);
                await FailAsync(ledger, source, ex, cancellationToken);
            }
            if (batch.IsFull)
            {
                await writer.WriteAsync(batch, cancellationToken);
            }
        }
        await writer.WriteAsync(batch, cancellationToken);
        return ledger.Result;
    }

    private async Task FailAsync(SharedRunBatchLedger ledger, StoredSource source, Exception failure, CancellationToken cancellationToken)
    {
        logger.LogError(failure is DocumentRejectedException ? null : failure,
            "Backfill of {SourceUri} failed: {Reason}; the stored rows stay as they were", source.SourceUri, FailureReason.Reason(failure));
        await ledger.RecordAsync(source.SourceUri, source.Sha256, DocumentOutcome.Failed, source.IssueId, FailureReason.Reason(failure), FailureReason.Detail(failure), cancellationToken);
    }
}
