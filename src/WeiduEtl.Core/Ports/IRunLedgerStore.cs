using WeiduEtl.Core.Runs;

namespace WeiduEtl.Core.Ports;

/// <summary>
/// The run ledger of one database: every pass and every document's outcome. Get one from <see cref="IStoreFactory"/>.
/// </summary>
public interface IRunLedgerStore
{
    /// <summary>Opens a run; a run of the pipeline still open belongs to a process that died and is closed as abandoned.</summary>
    Task<long> StartRunAsync(string pipeline, string trigger, string startedAt, CancellationToken cancellationToken);

    /// <summary>Records one document's outcome in a run.</summary>
    Task RecordDocumentAsync(RunDocument document, CancellationToken cancellationToken);

    /// <summary>Records several outcomes in their order; a store that can writes them in one transaction.</summary>
    async Task RecordDocumentsAsync(IReadOnlyList<RunDocument> documents, CancellationToken cancellationToken)
    {
        foreach (var document in documents)
        {
            await RecordDocumentAsync(document, cancellationToken);
        }
    }

    /// <summary>
    /// Records a document's outcome unless the run already holds one for that source: a batch run again after its
    /// node died keeps the first outcome (stored) instead of adding a second (unchanged).
    /// </summary>
    Task RecordDocumentOnceAsync(RunDocument document, CancellationToken cancellationToken);

    /// <summary>Closes a run whose documents several processes recorded, counting them from the ledger.</summary>
    Task<RunSummary> CloseRunAsync(long runId, string status, string finishedAt, string? snapshotId, string? message, CancellationToken cancellationToken);

    /// <summary>Closes a run with its counts, status and snapshot.</summary>
    Task FinishRunAsync(RunSummary summary, CancellationToken cancellationToken);

    /// <summary>The pipeline's newest runs, newest first.</summary>
    Task<IReadOnlyList<RunSummary>> RecentRunsAsync(string pipeline, int count, CancellationToken cancellationToken);

    /// <summary>True when a run stored rows that no snapshot has published yet (a cancelled or failed publish).</summary>
    Task<bool> HasUnpublishedChangesAsync(string pipeline, CancellationToken cancellationToken);

    /// <summary>The failed documents of one run, in the order they were recorded.</summary>
    Task<IReadOnlyList<RunDocument>> FailuresOfRunAsync(long runId, CancellationToken cancellationToken);

    /// <summary>Source URIs of the pipeline whose last outcome in the run ledger is <c>failed</c>.</summary>
    Task<IReadOnlySet<string>> LastFailedSourcesAsync(string pipeline, CancellationToken cancellationToken);
}
