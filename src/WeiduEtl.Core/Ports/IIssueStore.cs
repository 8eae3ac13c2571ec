using WeiduEtl.Core.Rows;
using WeiduEtl.Core.Runs;

namespace WeiduEtl.Core.Ports;

/// <summary>
/// The pipeline's database: the contract's tables, the stored source bytes and the run ledger.
/// Every method takes the database path, since several pipelines may share one file or not.
/// </summary>
public interface IIssueStore
{
    /// <summary>Creates the file if needed and applies pending schema migrations.</summary>
    Task MigrateAsync(string databasePath, CancellationToken cancellationToken);

    /// <summary>The sha256 currently stored for this source of the pipeline, or null when unknown.</summary>
    Task<string?> FindStoredShaAsync(string databasePath, string pipeline, string sourceUri, CancellationToken cancellationToken);

    /// <summary>True when this exact content is already stored for the pipeline (under any source).</summary>
    Task<bool> HasContentAsync(string databasePath, string pipeline, string sha256, CancellationToken cancellationToken);

    /// <summary>Replaces everything stored for the record's issue and source in one transaction.</summary>
    Task SaveIssueAsync(string databasePath, IssueRecord record, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredSource>> ListSourcesAsync(string databasePath, string pipeline, CancellationToken cancellationToken);

    Task<byte[]> LoadSourceContentAsync(string databasePath, string issueId, CancellationToken cancellationToken);

    /// <summary>Source URIs of the pipeline whose last outcome in the run ledger is <c>failed</c>.</summary>
    Task<IReadOnlySet<string>> LastFailedSourcesAsync(string databasePath, string pipeline, CancellationToken cancellationToken);

    Task<DatasetTables> LoadDatasetAsync(string databasePath, string pipeline, CancellationToken cancellationToken);

    Task<long> StartRunAsync(string databasePath, string pipeline, string trigger, string startedAt, CancellationToken cancellationToken);

    Task RecordDocumentAsync(string databasePath, RunDocument document, CancellationToken cancellationToken);

    /// <summary>Records several outcomes in their order; a store that can writes them in one transaction.</summary>
    async Task RecordDocumentsAsync(string databasePath, IReadOnlyList<RunDocument> documents, CancellationToken cancellationToken)
    {
        foreach (var document in documents)
        {
            await RecordDocumentAsync(databasePath, document, cancellationToken);
        }
    }

    Task FinishRunAsync(string databasePath, RunSummary summary, CancellationToken cancellationToken);

    Task<IReadOnlyList<RunSummary>> RecentRunsAsync(string databasePath, string pipeline, int count, CancellationToken cancellationToken);

    /// <summary>True when a run stored rows that no snapshot has published yet (a cancelled or failed publish).</summary>
    Task<bool> HasUnpublishedChangesAsync(string databasePath, string pipeline, CancellationToken cancellationToken);

    Task<IReadOnlyList<RunDocument>> FailuresOfRunAsync(string databasePath, long runId, CancellationToken cancellationToken);
}
