using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Runs;

namespace WeiduEtl.Core.Pipeline;

/// <summary>
/// One batch of a backfill that several nodes share: the named stored issues parsed again from their stored bytes,
/// each replaced in its own transaction and recorded once in the backfill's run (a batch run twice parses again
/// what it had done, which changes nothing, and the ledger keeps the first outcome).
/// </summary>
public sealed class BackfillBatchRunner(DocumentProcessor processor, IStoreFactory stores, ILogger<BackfillBatchRunner> logger)
{
    public async Task<BatchResult> RunAsync(PipelineOptions options, long runId, IReadOnlyCollection<string> sourceUris, CancellationToken cancellationToken)
    {
        var store = stores.Issues(options);
        var stored = (await store.ListSourcesAsync(options.Name, cancellationToken)).ToDictionary(s => s.SourceUri, StringComparer.Ordinal);
        var result = new BatchResult();
        foreach (var uri in sourceUris)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outcome = stored.TryGetValue(uri, out var source)
                ? await ReparseAsync(options, runId, source, cancellationToken)
                : await RecordAsync(options, runId, uri, null, DocumentOutcome.Failed, null, "the issue is no longer stored", null, cancellationToken);
            result.Count(outcome);
        }
        return result;
    }

    private async Task<DocumentOutcome> ReparseAsync(PipelineOptions options, long runId, StoredSource source, CancellationToken cancellationToken)
    {
        try
        {
            var content = await stores.Issues(options).LoadSourceContentAsync(source.IssueId, cancellationToken);
            DateOnly? sourceDate = source.IssueDateBasis == "source" && DateOnly.TryParse(source.IssueDate, out var d) ? d : null;
            var record = processor.Process(options, new SourceDocument(source.SourceUri, content, source.MediaType, sourceDate));
            await stores.Issues(options).SaveIssueAsync(record, cancellationToken);
            return await RecordAsync(options, runId, source.SourceUri, source.Sha256, DocumentOutcome.Replaced, record.Issue.IssueId, null, null, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex is DocumentRejectedException ? null : ex, "Backfill of {SourceUri} failed: {Reason}; the stored rows stay as they were", source.SourceUri, FailureReason.Reason(ex));
            return await RecordAsync(options, runId, source.SourceUri, source.Sha256, DocumentOutcome.Failed, source.IssueId, FailureReason.Reason(ex), FailureReason.Detail(ex), cancellationToken);
        }
    }

    private async Task<DocumentOutcome> RecordAsync(PipelineOptions options, long runId, string sourceUri, string? sha256, DocumentOutcome outcome, string? issueId, string? error, string? detail, CancellationToken cancellationToken)
    {
        await stores.Runs(options).RecordDocumentOnceAsync(
            new RunDocument(runId, sourceUri, sha256, outcome.ToString().ToLowerInvariant(), issueId, error, detail), cancellationToken);
        return outcome;
    }
}
