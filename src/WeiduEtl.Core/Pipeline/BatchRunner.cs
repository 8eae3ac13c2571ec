using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Runs;

namespace WeiduEtl.Core.Pipeline;

/// <summary>
/// One batch of a pass that several nodes share: the named documents of the source, each stored in its own transaction
/// and recorded in the pass's run. It may run twice (its node died part-way), so a document already stored with these
/// bytes is unchanged, and the ledger keeps a document's first outcome.
/// </summary>
public sealed class BatchRunner(EtlPipeline pipeline, DocumentProcessor processor, IStoreFactory stores, ILogger<BatchRunner> logger)
{
    public async Task<BatchResult> RunAsync(PipelineOptions options, long runId, IReadOnlyCollection<string> sourceUris, IProgress<PassProgress>? progress, CancellationToken cancellationToken)
    {
        var left = new HashSet<string>(sourceUris, StringComparer.Ordinal);
        var result = new BatchResult();
        await foreach (var fetched in pipeline.SourceFor(options).FetchAsync(options, cancellationToken))
        {
            if (!left.Remove(fetched.SourceUri))
            {
                continue;
            }
            var outcome = await StoreAsync(options, runId, fetched, cancellationToken);
            result.Count(outcome);
            progress?.Report(new PassProgress(options.Name, result.Seen, sourceUris.Count, fetched.SourceUri, outcome.ToString()));
            if (left.Count == 0)
            {
                break;
            }
        }
        foreach (var gone in left)
        {
            await RecordAsync(options, runId, gone, null, DocumentOutcome.Failed, null, "the document was no longer in the source when its batch ran", cancellationToken);
            result.Count(DocumentOutcome.Failed);
        }
        return result;
    }

    private async Task<DocumentOutcome> StoreAsync(PipelineOptions options, long runId, FetchedDocument fetched, CancellationToken cancellationToken)
    {
        if (fetched.UnchangedSha256 is { } unchanged)
        {
            // The folder source knew it unchanged from its size and write time, without reading it.
            return await RecordAsync(options, runId, fetched.SourceUri, unchanged, DocumentOutcome.Unchanged, null, null, cancellationToken);
        }
        if (fetched.Document is not { } document)
        {
            return await RecordAsync(options, runId, fetched.SourceUri, null, DocumentOutcome.Failed, null, fetched.Error, cancellationToken);
        }
        var store = stores.Issues(options);
        if (await store.HasContentAsync(options.Name, document.Sha256, cancellationToken))
        {
            return await RecordAsync(options, runId, document.SourceUri, document.Sha256, DocumentOutcome.Unchanged, null, null, cancellationToken);
        }
        try
        {
            var record = processor.Process(options, document);
            var known = await store.FindStoredShaAsync(options.Name, document.SourceUri, cancellationToken) is not null;
            await store.SaveIssueAsync(record, cancellationToken);
            var outcome = known ? DocumentOutcome.Replaced : DocumentOutcome.Stored;
            logger.LogInformation("Document {SourceUri} {Outcome} as issue {IssueId} (run {RunId})", document.SourceUri, outcome, record.Issue.IssueId, runId);
            return await RecordAsync(options, runId, document.SourceUri, document.Sha256, outcome, record.Issue.IssueId, null, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex is DocumentRejectedException ? null : ex, "Document {SourceUri} failed: {Reason}", document.SourceUri, FailureReason.Reason(ex));
            return await RecordAsync(options, runId, document.SourceUri, document.Sha256, DocumentOutcome.Failed, null, FailureReason.Reason(ex), cancellationToken, FailureReason.Detail(ex));
        }
    }

    private async Task<DocumentOutcome> RecordAsync(PipelineOptions options, long runId, string sourceUri, string? sha256, DocumentOutcome outcome, string? issueId, string? error, CancellationToken cancellationToken, string? detail = null)
    {
        await stores.Runs(options).RecordDocumentOnceAsync(
            new RunDocument(runId, sourceUri, sha256, outcome.ToString().ToLowerInvariant(), issueId, error, detail), cancellationToken);
        return outcome;
    }
}
