using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;
using WeiduEtl.Core.Runs;

namespace WeiduEtl.Core.Pipeline;

/// <summary>
/// One batch of a pass that several nodes share: the named documents of the source, stored several a transaction as a
/// single node's pass stores them (<see cref="StoreBatchWriter"/>: a batch the database refuses is stored again one
/// document at a time), and each recorded once in the pass's run. It may run twice (its node died part-way), so a
/// document already stored with these bytes is unchanged, and the ledger keeps a document's first outcome.
/// </summary>
public sealed class BatchRunner(EtlPipeline pipeline, DocumentProcessor processor, IStoreFactory stores, ILogger<BatchRunner> logger)
{
    public async Task<BatchResult> RunAsync(PipelineOptions options, long runId, IReadOnlyCollection<string> sourceUris, IProgress<PassProgress>? progress, CancellationToken cancellationToken)
    {
        var left = new HashSet<string>(sourceUris, StringComparer.Ordinal);
        var store = stores.Issues(options);
        var ledger = new SharedRunBatchLedger(stores.Runs(options), runId);
        var source = pipeline.SourceFor(options);
        var batch = new StoreBatch(source.SettlesEachDocumentOnResume ? 1 : StoreBatch.DefaultCapacity);
        var writer = new StoreBatchWriter(store, ledger, (item, error) => FailAsync(ledger, item.Document, error, cancellationToken), logger);
        await foreach (var fetched in source.FetchAsync(options, cancellationToken))
        {
            if (!left.Remove(fetched.SourceUri))
            {
                continue;
            }
            await TakeAsync(fetched);
            if (left.Count == 0)
            {
                break;
            }
        }
        await WriteAsync();
        foreach (var gone in left)
        {
            await ledger.RecordAsync(gone, null, DocumentOutcome.Failed, null, "the document was no longer in the source when its batch ran", null, cancellationToken);
        }
        return ledger.Result;

        // A document with bytes the store does not hold joins the batch once parsed; any other outcome is recorded after
        // the batch is stored, so the run's documents keep the source's order.
        async Task TakeAsync(FetchedDocument fetched)
        {
            if (fetched.UnchangedSha256 is { } unchanged)
            {
                // The folder source knew it unchanged from its size and write time, without reading it.
                await RecordAsync(fetched.SourceUri, unchanged, DocumentOutcome.Unchanged, null);
                return;
            }
            if (fetched.Document is not { } document)
            {
                await RecordAsync(fetched.SourceUri, null, DocumentOutcome.Failed, fetched.Error);
                return;
            }
            if (batch.HoldsContent(document.Sha256) || await store.HasContentAsync(options.Name, document.Sha256, cancellationToken))
            {
                await RecordAsync(document.SourceUri, document.Sha256, DocumentOutcome.Unchanged, null);
                return;
            }
            IssueRecord record;
            try
            {
                record = processor.Process(options, document);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await WriteAsync();
                await FailAsync(ledger, document, ex, cancellationToken);
                Report(ledger.Result.Seen, document.SourceUri, DocumentOutcome.Failed);
                return;
            }
            var known = batch.HoldsSource(document.SourceUri) || await store.FindStoredShaAsync(options.Name, document.SourceUri, cancellationToken) is not null;
            batch.Add(new StoreBatch.Item(document, record, known));
            if (batch.IsFull)
            {
                await WriteAsync();
            }
        }

        async Task RecordAsync(string sourceUri, string? sha256, DocumentOutcome outcome, string? error)
        {
            await WriteAsync();
            await ledger.RecordAsync(sourceUri, sha256, outcome, null, error, null, cancellationToken);
            Report(ledger.Result.Seen, sourceUri, outcome);
        }

        async Task WriteAsync()
        {
            var written = await writer.WriteAsync(batch, cancellationToken);
            var seen = ledger.Result.Seen - written.Count;
            foreach (var (item, outcome) in written)
            {
                if (outcome != DocumentOutcome.Failed)
                {
                    logger.LogInformation("Document {SourceUri} {Outcome} as issue {IssueId} (run {RunId})", item.Document.SourceUri, outcome, item.Record.Issue.IssueId, runId);
                }
                Report(++seen, item.Document.SourceUri, outcome);
            }
        }

        void Report(int seen, string sourceUri, DocumentOutcome outcome) =>
            progress?.Report(new PassProgress(options.Name, seen, sourceUris.Count, sourceUri, outcome.ToString()));
    }

    private async Task FailAsync(SharedRunBatchLedger ledger, SourceDocument document, Exception error, CancellationToken cancellationToken)
    {
        logger.LogError(error is DocumentRejectedException ? null : error, "Document {SourceUri} failed: {Reason}", document.SourceUri, FailureReason.Reason(error));
        await ledger.RecordAsync(document.SourceUri, document.Sha256, DocumentOutcome.Failed, null, FailureReason.Reason(error), FailureReason.Detail(error), cancellationToken);
    }
}
