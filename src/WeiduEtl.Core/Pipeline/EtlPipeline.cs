using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;
using WeiduEtl.Core.Runs;

namespace WeiduEtl.Core.Pipeline;

/// <summary>
/// One pass of one pipeline: fetch what is new, parse it on every core (<see cref="ParseAhead{T}"/>) and store
/// the parsed documents in the order the source gave them, several in one transaction (<see cref="StoreBatch"/>),
/// record every outcome in the run ledger, then publish a snapshot when the data changed. A bad document is recorded
/// and skipped; cancellation stops between transactions, never inside one, and what was parsed but not yet stored is
/// left for the next pass. What it stored is searchable once it ends: the search index catches up while the snapshot
/// is written (<see cref="SearchCatchUp.BesideAsync"/>).
/// </summary>
public sealed class EtlPipeline(
    IEnumerable<IIssueSource> sources,
    DocumentProcessor processor,
    IStoreFactory stores,
    SnapshotStep snapshots,
    TimeProvider time,
    ILogger<EtlPipeline> logger)
{
    private readonly IReadOnlyList<IIssueSource> _sources = [.. sources];

    public IIssueSource SourceFor(PipelineOptions pipeline) =>
        _sources.FirstOrDefault(s => string.Equals(s.Type, pipeline.Source.Type, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"pipeline '{pipeline.Name}': no source of type '{pipeline.Source.Type}'");

    public async Task<PassResult> RunAsync(PipelineOptions pipeline, string trigger, IProgress<PassProgress>? progress, CancellationToken cancellationToken)
    {
        await stores.Issues(pipeline).MigrateAsync(cancellationToken);
        var ledger = await RunLedger.StartAsync(stores.Runs(pipeline), pipeline, trigger, time, cancellationToken);
        logger.LogInformation("Pass {RunId} of pipeline {Pipeline} started ({Trigger})", ledger.RunId, pipeline.Name, trigger);
        var source = SourceFor(pipeline);
        var ahead = new ParseAhead<Prepared>(source.SettlesEachDocumentOnResume ? 1 : null);
        var batch = new StoreBatch(source.SettlesEachDocumentOnResume ? 1 : StoreBatch.DefaultCapacity);
        try
        {
            await foreach (var fetched in source.FetchAsync(pipeline, cancellationToken))
            {
                await PrepareAsync(pipeline, fetched, ahead, cancellationToken);
                if (ahead.IsFull)
                {
                    await FinishOldestAsync(pipeline, ahead, batch, ledger, progress, cancellationToken);
                }
            }
            while (ahead.Count > 0)
            {
                await FinishOldestAsync(pipeline, ahead, batch, ledger, progress, cancellationToken);
            }
            await StoreBatchAsync(pipeline, batch, ledger, progress, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return await CancelledAsync(pipeline, ledger);
        }
        finally
        {
            await ahead.AbandonAsync();
        }
        string? snapshotId, failure;
        try
        {
            (snapshotId, failure) = await SearchCatchUp.BesideAsync(stores.Issues(pipeline), pipeline, logger, () => PublishAsync(pipeline, ledger, cancellationToken), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return await CancelledAsync(pipeline, ledger);
        }
        return failure is null
            ? await ledger.FinishAsync(ledger.Failed > 0 ? "partial" : "succeeded", snapshotId, null, cancellationToken)
            : await ledger.FinishAsync("failed", null, failure, cancellationToken);
    }

    private async Task<PassResult> CancelledAsync(PipelineOptions pipeline, RunLedger ledger)
    {
        logger.LogWarning("Pass {RunId} of pipeline {Pipeline} cancelled after {Seen} documents; stored issues are complete, no snapshot published", ledger.RunId, pipeline.Name, ledger.Seen);
        return await ledger.FinishAsync("cancelled", null, "cancelled", CancellationToken.None);
    }

    /// <summary>Publishes the snapshot if the data changed: its id (null when nothing changed), or why it failed.</summary>
    private async Task<(string? SnapshotId, string? Failure)> PublishAsync(PipelineOptions pipeline, RunLedger ledger, CancellationToken cancellationToken)
    {
        try
        {
            return (await snapshots.PublishIfChangedAsync(pipeline, ledger.Stored, cancellationToken), null);
        }
        catch (SnapshotFailedException ex)
        {
            logger.LogError("Pass {RunId} of pipeline {Pipeline}: {Reason}", ledger.RunId, pipeline.Name, ex.Message);
            return (null, ex.Message);
        }
    }

    /// <summary>A document as it leaves the parse-ahead window: not fetched, known already, parsed, or failed to parse.</summary>
    private sealed record Prepared(FetchedDocument Fetched, bool KnownContent, IssueRecord? Record = null, Exception? Error = null);

    /// <summary>Queues the document: parsing starts at once on a free core unless the store holds its bytes already.</summary>
    private async Task PrepareAsync(PipelineOptions pipeline, FetchedDocument fetched, ParseAhead<Prepared> ahead, CancellationToken cancellationToken)
    {
        if (fetched.UnchangedSha256 is not null)
        {
            ahead.Add(new Prepared(fetched, KnownContent: true));
            return;
        }
        if (fetched.Document is not { } document)
        {
            ahead.Add(new Prepared(fetched, KnownContent: false));
            return;
        }
        if (await stores.Issues(pipeline).HasContentAsync(pipeline.Name, document.Sha256, cancellationToken))
        {
            ahead.Add(new Prepared(fetched, KnownContent: true));
            return;
        }
        ahead.Start(() =>
        {
            var (record, error) = processor.TryProcess(pipeline, document);
            return new Prepared(fetched, KnownContent: false, record, error);
        }, document.Content.LongLength);
    }

    /// <summary>
    /// Takes the oldest document: a parsed one with new content joins the batch; any other outcome is recorded after the
    /// batch is stored, so the ledger keeps the source's order.
    /// </summary>
    private async Task FinishOldestAsync(PipelineOptions pipeline, ParseAhead<Prepared> ahead, StoreBatch batch, RunLedger ledger, IProgress<PassProgress>? progress, CancellationToken cancellationToken)
    {
        var prepared = await ahead.TakeOldestAsync();
        var fetched = prepared.Fetched;
        var unchanged = false;
        if (fetched.UnchangedSha256 is null && fetched.Document is { } document)
        {
            var store = stores.Issues(pipeline);
            // Asked again here: the same bytes may have come twice in this pass, and the first copy is stored (or batched) by now.
            unchanged = prepared.KnownContent || batch.HoldsContent(document.Sha256) || await store.HasContentAsync(pipeline.Name, document.Sha256, cancellationToken);
            if (!unchanged && prepared.Record is { } record)
            {
                var known = batch.HoldsSource(document.SourceUri) || await store.FindStoredShaAsync(pipeline.Name, document.SourceUri, cancellationToken) is not null;
                batch.Add(new StoreBatch.Item(document, record, known));
                if (batch.IsFull)
                {
                    await StoreBatchAsync(pipeline, batch, ledger, progress, cancellationToken);
                }
                return;
            }
        }
        await StoreBatchAsync(pipeline, batch, ledger, progress, cancellationToken);
        var outcome = await RecordAsync(pipeline, prepared, unchanged, ledger, cancellationToken);
        progress?.Report(new PassProgress(pipeline.Name, ledger.Seen, null, fetched.SourceUri, outcome.ToString()));
    }

    /// <summary>Records a document that is not stored: unchanged, not fetched, or not parsed.</summary>
    private async Task<DocumentOutcome> RecordAsync(PipelineOptions pipeline, Prepared prepared, bool unchanged, RunLedger ledger, CancellationToken cancellationToken)
    {
        var fetched = prepared.Fetched;
        if (fetched.UnchangedSha256 is { } sha256)
        {
            await ledger.RecordAsync(fetched.SourceUri, sha256, DocumentOutcome.Unchanged, null, null, cancellationToken);
            return DocumentOutcome.Unchanged;
        }
        if (fetched.Document is not { } document)
        {
            logger.LogError("Document {SourceUri} could not be fetched: {Reason}", fetched.SourceUri, fetched.Error);
            await ledger.RecordAsync(fetched.SourceUri, null, DocumentOutcome.Failed, null, fetched.Error, cancellationToken);
            return DocumentOutcome.Failed;
        }
        if (unchanged)
        {
            await ledger.RecordAsync(document.SourceUri, document.Sha256, DocumentOutcome.Unchanged, null, null, cancellationToken);
            return DocumentOutcome.Unchanged;
        }
        return await FailAsync(pipeline, document, prepared.Error!, ledger, cancellationToken);
    }

    /// <summary>Stores the batch in one transaction (<see cref="StoreBatchWriter"/>), records and logs its documents.</summary>
    private async Task StoreBatchAsync(PipelineOptions pipeline, StoreBatch batch, RunLedger ledger, IProgress<PassProgress>? progress, CancellationToken cancellationToken)
    {
        var writer = new StoreBatchWriter(stores.Issues(pipeline), ledger, (item, error) => FailAsync(pipeline, item.Document, error, ledger, cancellationToken), logger);
        var written = await writer.WriteAsync(batch, cancellationToken);
        var seen = ledger.Seen - written.Count;
        foreach (var (item, outcome) in written)
        {
            if (outcome != DocumentOutcome.Failed)
            {
                var record = item.Record;
                logger.LogInformation("Document {SourceUri} {Outcome}: {Articles} articles, {Figures} figures, {Dates} dates as issue {IssueId}",
                    item.Document.SourceUri, outcome, record.Articles.Count, record.Figures.Count, record.Dates.Count, record.Issue.IssueId);
            }
            progress?.Report(new PassProgress(pipeline.Name, ++seen, null, item.Document.SourceUri, outcome.ToString()));
        }
    }

    private async Task<DocumentOutcome> FailAsync(PipelineOptions pipeline, SourceDocument document, Exception error, RunLedger ledger, CancellationToken cancellationToken)
    {
        var reason = FailureReason.Reason(error);
        // A rejection is the document's fault and its reason says it all; anything else is ours and needs the stack.
        logger.LogError(error is DocumentRejectedException ? null : error,
            "Document {SourceUri} failed: {Reason}. The rest of the pass goes on; fix or remove the file and run again", document.SourceUri, reason);
        await ledger.RecordAsync(document.SourceUri, document.Sha256, DocumentOutcome.Failed, null, reason, cancellationToken, FailureReason.Detail(error));
        await SourceFor(pipeline).RejectAsync(pipeline, document.SourceUri, cancellationToken);
        return DocumentOutcome.Failed;
    }
}
