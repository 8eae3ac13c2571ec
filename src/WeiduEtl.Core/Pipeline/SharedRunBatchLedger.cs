using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Runs;

namespace WeiduEtl.Core.Pipeline;

/// <summary>
/// Records a cluster batch's documents in the run the nodes share, each once (a batch run twice after its node died
/// keeps the first outcome), and counts what this batch did with them.
/// </summary>
public sealed class SharedRunBatchLedger(IRunLedgerStore runs, long runId) : IStoredDocumentsLedger
{
    public BatchResult Result { get; } = new();

    public async Task<DocumentOutcome> RecordAsync(string sourceUri, string? sha256, DocumentOutcome outcome, string? issueId, string? error, string? detail, CancellationToken cancellationToken)
    {
        await runs.RecordDocumentOnceAsync(
            new RunDocument(runId, sourceUri, sha256, outcome.ToString().ToLowerInvariant(), issueId, error, detail), cancellationToken);
        Result.Count(outcome);
        return outcome;
    }

    public async Task RecordStoredAsync(IReadOnlyList<(StoreBatch.Item Item, DocumentOutcome Outcome)> stored, CancellationToken cancellationToken)
    {
        foreach (var (item, outcome) in stored)
        {
            await RecordAsync(item.Document.SourceUri, item.Document.Sha256, outcome, item.Record.Issue.IssueId, null, null, cancellationToken);
        }
    }
}
