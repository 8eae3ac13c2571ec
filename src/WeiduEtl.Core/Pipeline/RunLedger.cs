using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Runs;

namespace WeiduEtl.Core.Pipeline;

/// <summary>
/// Counts one pass's outcomes and writes them to the store's run ledger: a stored or failed document at once, unchanged
/// ones in batches (an idle pass over a large folder would otherwise commit once per file), always in the pass's order.
/// A process killed mid-pass loses at most the last batch of unchanged rows, which changed nothing.
/// </summary>
public sealed class RunLedger : IStoredDocumentsLedger
{
    /// <summary>Unchanged outcomes written in one transaction.</summary>
    private const int UnchangedBatch = 1000;

    private readonly List<RunDocument> _unchanged = [];
    private readonly IRunLedgerStore _store;
    private readonly PipelineOptions _pipeline;
    private readonly TimeProvider _time;
    private readonly string _trigger;
    private readonly string _startedAt;
    private readonly List<RunDocument> _failures = [];

    private RunLedger(IRunLedgerStore store, PipelineOptions pipeline, TimeProvider time, string trigger, string startedAt, long runId)
    {
        _store = store;
        _pipeline = pipeline;
        _time = time;
        _trigger = trigger;
        _startedAt = startedAt;
        RunId = runId;
    }

    public long RunId { get; }
    public int Seen { get; private set; }
    public int Stored { get; private set; }
    public int Unchanged { get; private set; }
    public int Failed { get; private set; }

    public static async Task<RunLedger> StartAsync(IRunLedgerStore store, PipelineOptions pipeline, string trigger, TimeProvider time, CancellationToken cancellationToken)
    {
        var startedAt = IssueRecordBuilder.Timestamp(time.GetUtcNow());
        var runId = await store.StartRunAsync(pipeline.Name, trigger, startedAt, cancellationToken);
        return new RunLedger(store, pipeline, time, trigger, startedAt, runId);
    }

    public async Task RecordAsync(string sourceUri, string? sha256, DocumentOutcome outcome, string? issueId, string? error, CancellationToken cancellationToken, string? errorDetail = null)
    {
        Seen++;
        switch (outcome)
        {
            case DocumentOutcome.Stored or DocumentOutcome.Replaced: Stored++; break;
            case DocumentOutcome.Unchanged: Unchanged++; break;
            default: Failed++; break;
        }
        var document = new RunDocument(RunId, sourceUri, sha256, outcome.ToString().ToLowerInvariant(), issueId, error, errorDetail);
        if (outcome == DocumentOutcome.Failed)
        {
            _failures.Add(document);
        }
        if (outcome == DocumentOutcome.Unchanged)
        {
            _unchanged.Add(document);
            if (_unchanged.Count >= UnchangedBatch)
            {
                await FlushUnchangedAsync(cancellationToken);
            }
            return;
        }
        await FlushUnchangedAsync(cancellationToken);
        await _store.RecordDocumentAsync(document, cancellationToken);
    }

    /// <summary>
    /// Records documents the store saved together (<see cref="StoreBatch"/>), in their order and in one transaction,
    /// after the unchanged rows before them.
    /// </summary>
    public async Task RecordStoredAsync(IReadOnlyList<(StoreBatch.Item Item, DocumentOutcome Outcome)> stored, CancellationToken cancellationToken)
    {
        var documents = new List<RunDocument>(stored.Count);
        foreach (var (item, outcome) in stored)
        {
            Seen++;
            Stored++;
            documents.Add(new RunDocument(RunId, item.Document.SourceUri, item.Document.Sha256, outcome.ToString().ToLowerInvariant(), item.Record.Issue.IssueId, null, null));
        }
        await FlushUnchangedAsync(cancellationToken);
        await _store.RecordDocumentsAsync(documents, cancellationToken);
    }

    private async Task FlushUnchangedAsync(CancellationToken cancellationToken)
    {
        if (_unchanged.Count == 0)
        {
            return;
        }
        await _store.RecordDocumentsAsync([.. _unchanged], cancellationToken);
        _unchanged.Clear();
    }

    public async Task<PassResult> FinishAsync(string status, string? snapshotId, string? message, CancellationToken cancellationToken)
    {
        await FlushUnchangedAsync(cancellationToken);
        var summary = new RunSummary
        {
            RunId = RunId,
            Pipeline = _pipeline.Name,
            Trigger = _trigger,
            StartedAt = _startedAt,
            FinishedAt = IssueRecordBuilder.Timestamp(_time.GetUtcNow()),
            Status = status,
            Seen = Seen,
            Stored = Stored,
            Unchanged = Unchanged,
            Failed = Failed,
            SnapshotId = snapshotId,
            Message = message,
        };
        await _store.FinishRunAsync(summary, cancellationToken);
        return new PassResult(summary, [.. _failures]);
    }
}
