using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;
using WeiduEtl.Core.Runs;

namespace WeiduEtl.Core.Pipeline;

/// <summary>
/// Processes again issues the store already holds, from their stored source bytes: those parsed by an
/// older parser version, or all selected ones with <see cref="BackfillSelection.Reparse"/>. Parsing runs on every
/// core (<see cref="ParseAhead{T}"/>); storing stays in plan order, several issues a transaction as in a pass
/// (<see cref="StoreBatchWriter"/>).
/// </summary>
public sealed class BackfillRunner(DocumentProcessor processor, IStoreFactory stores, SnapshotStep snapshots, TimeProvider time, ILogger<BackfillRunner> logger)
{
    /// <summary>The stored issues the selection picks, each with whether it would be parsed again.</summary>
    public async Task<IReadOnlyList<(StoredSource Source, bool Reparse)>> PlanAsync(PipelineOptions pipeline, BackfillSelection selection, CancellationToken cancellationToken)
    {
        await stores.Issues(pipeline).MigrateAsync(cancellationToken);
        var stored = await stores.Issues(pipeline).ListSourcesAsync(pipeline.Name, cancellationToken);
        if (selection.Failed)
        {
            var failed = await stores.Runs(pipeline).LastFailedSourcesAsync(pipeline.Name, cancellationToken);
            return [.. stored.Where(s => failed.Contains(s.SourceUri) && Selected(s, selection with { All = true })).Select(s => (s, true))];
        }
        var resumedFrom = await InterruptedBackfillStartAsync(pipeline, cancellationToken);
        return [.. stored.Where(s => Selected(s, selection)).Select(s => (s, NeedsParsing(pipeline, s, selection, resumedFrom)))];
    }

    public async Task<PassResult> RunAsync(PipelineOptions pipeline, BackfillSelection selection, IProgress<PassProgress>? progress, CancellationToken cancellationToken)
    {
        var resumedFrom = selection.Failed ? null : await InterruptedBackfillStartAsync(pipeline, cancellationToken);
        var plan = await PlanAsync(pipeline, selection, cancellationToken);
        var ledger = await RunLedger.StartAsync(stores.Runs(pipeline), pipeline, "backfill", time, cancellationToken);
        if (resumedFrom is not null)
        {
            logger.LogInformation("Backfill {RunId} of pipeline {Pipeline} resumes the one begun at {Begun}, which was interrupted: issues parsed again since then are skipped",
                ledger.RunId, pipeline.Name, resumedFrom);
        }
        var toParse = plan.Count(p => p.Reparse);
        logger.LogInformation("Backfill {RunId} of pipeline {Pipeline}: {Selected} issues selected, {Left} left to parse again", ledger.RunId, pipeline.Name, plan.Count, toParse);
        var done = 0;
        var ahead = new ParseAhead<Reparsed>();
        var batch = new StoreBatch(StoreBatch.DefaultCapacity);
        // The stored issues waiting in the batch, by source: a failure is recorded against the issue it left as it was.
        var waiting = new Dictionary<string, StoredSource>(StringComparer.Ordinal);
        var writer = new StoreBatchWriter(stores.Issues(pipeline), ledger,
            (item, error) => FailAsync(waiting[item.Document.SourceUri], error, ledger, cancellationToken), logger);
        try
        {
            foreach (var (source, reparse) in plan)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await PrepareAsync(pipeline, source, reparse, ahead, cancellationToken);
                if (ahead.IsFull)
                {
                    await FinishOldestAsync();
                }
            }
            while (ahead.Count > 0)
            {
                await FinishOldestAsync();
            }
            await StoreBatchAsync();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return await ledger.FinishAsync("cancelled", null, $"cancelled after {done} of {toParse}", CancellationToken.None);
        }
        finally
        {
            await ahead.AbandonAsync();
        }
        string? snapshotId, failure;
        try
        {
            (snapshotId, failure) = await SearchCatchUp.BesideAsync(stores.Issues(pipeline), pipeline, logger, PublishAsync, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return await ledger.FinishAsync("cancelled", null, $"cancelled after {done} of {toParse}", CancellationToken.None);
        }
        return failure is null
            ? await ledger.FinishAsync(ledger.Failed > 0 ? "partial" : "succeeded", snapshotId, null, cancellationToken)
            : await ledger.FinishAsync("failed", null, failure, cancellationToken);

        async Task<(string? SnapshotId, string? Failure)> PublishAsync()
        {
            try
            {
                // Also publishes what an interrupted backfill stored but did not get to publish.
                return (await snapshots.PublishIfChangedAsync(pipeline, ledger.Stored, cancellationToken), null);
            }
            catch (SnapshotFailedException ex)
            {
                logger.LogError("Backfill {RunId} of pipeline {Pipeline}: {Reason}", ledger.RunId, pipeline.Name, ex.Message);
                return (null, ex.Message);
            }
        }

        // A parsed issue joins the batch; any other outcome is recorded after the batch is stored, so the ledger keeps the plan's order.
        async Task FinishOldestAsync()
        {
            var reparsed = await ahead.TakeOldestAsync();
            if (reparsed is { Document: { } document, Record: { } record })
            {
                waiting[document.SourceUri] = reparsed.Source;
                batch.Add(new StoreBatch.Item(document, record, Known: true));
                if (batch.IsFull)
                {
                    await StoreBatchAsync();
                }
                return;
            }
            await StoreBatchAsync();
            await RecordAsync(reparsed, ledger, cancellationToken);
            // The bar counts what is left to parse; issues left alone (or done before an interruption) pass uncounted.
            if (reparsed.Parsed)
            {
                progress?.Report(new PassProgress(pipeline.Name, ++done, toParse, reparsed.Source.SourceUri, "reparsed"));
            }
        }

        async Task StoreBatchAsync()
        {
            foreach (var (item, _) in await writer.WriteAsync(batch, cancellationToken))
            {
                progress?.Report(new PassProgress(pipeline.Name, ++done, toParse, item.Document.SourceUri, "reparsed"));
            }
            waiting.Clear();
        }
    }

    /// <summary>A stored issue as it leaves the parse-ahead window: left alone, parsed again, or failed.</summary>
    private sealed record Reparsed(StoredSource Source, bool Parsed, SourceDocument? Document = null, IssueRecord? Record = null, Exception? Error = null);

    /// <summary>Loads the stored bytes here (one reader at a time) and parses them on a free core.</summary>
    private async Task PrepareAsync(PipelineOptions pipeline, StoredSource source, bool reparse, ParseAhead<Reparsed> ahead, CancellationToken cancellationToken)
    {
        if (!reparse)
        {
            ahead.Add(new Reparsed(source, Parsed: false));
            return;
        }
        byte[] content;
        try
        {
            content = await stores.Issues(pipeline).LoadSourceContentAsync(source.IssueId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ahead.Add(new Reparsed(source, Parsed: true, Error: ex));
            return;
        }
        var document = source.Document(content);
        ahead.Start(() =>
        {
            var (record, error) = processor.TryProcess(pipeline, document);
            return new Reparsed(source, Parsed: true, document, record, error);
        }, content.LongLength);
    }

    /// <summary>Records an issue that is not stored again: left alone, or not parsed.</summary>
    private async Task RecordAsync(Reparsed reparsed, RunLedger ledger, CancellationToken cancellationToken)
    {
        var source = reparsed.Source;
        if (!reparsed.Parsed)
        {
            await ledger.RecordAsync(source.SourceUri, source.Sha256, DocumentOutcome.Unchanged, source.IssueId, null, cancellationToken);
            return;
        }
        await FailAsync(source, reparsed.Error!, ledger, cancellationToken);
    }

    private async Task FailAsync(StoredSource source, Exception failure, RunLedger ledger, CancellationToken cancellationToken)
    {
        logger.LogError(failure is DocumentRejectedException ? null : failure,
            "Backfill of {SourceUri} failed: {Reason}; the stored rows stay as they were", source.SourceUri, FailureReason.Reason(failure));
        await ledger.RecordAsync(source.SourceUri, source.Sha256, DocumentOutcome.Failed, source.IssueId, FailureReason.Reason(failure), cancellationToken, FailureReason.Detail(failure));
    }

    /// <summary>
    /// When the last backfill of the pipeline (and those before it in a row) stopped before its end (Ctrl-C, kill -9,
    /// a reboot), the time the first of them began: an issue parsed at the current parser version since then is done.
    /// </summary>
    private async Task<string?> InterruptedBackfillStartAsync(PipelineOptions pipeline, CancellationToken cancellationToken)
    {
        string? begun = null;
        foreach (var run in await stores.Runs(pipeline).RecentRunsAsync(pipeline.Name, 1000, cancellationToken))
        {
            if (run.Trigger != "backfill")
            {
                continue;
            }
            if (run.Status is not ("cancelled" or "abandoned" or "running"))
            {
                break;
            }
            begun = run.StartedAt;
        }
        return begun;
    }

    private bool NeedsParsing(PipelineOptions pipeline, StoredSource source, BackfillSelection selection, string? resumedFrom)
    {
        var current = source.ParserVersion == processor.VersionFor(pipeline, source.MediaType);
        if (current && resumedFrom is not null && string.CompareOrdinal(source.ParsedAt, resumedFrom) >= 0)
        {
            return false;
        }
        return selection.Reparse || !current;
    }

    private static bool Selected(StoredSource source, BackfillSelection selection)
    {
        if (selection.All && selection.Since is null && selection.Until is null)
        {
            return true;
        }
        if (!DateOnly.TryParse(source.IssueDate, out var date))
        {
            return false;
        }
        return (selection.Since is null || date >= selection.Since) && (selection.Until is null || date <= selection.Until);
    }
}
