using WeiduEtl.Core.Rows;

namespace WeiduEtl.Core.Ports;

/// <summary>
/// The published dataset of one database: the contract's tables and the stored source bytes. Several pipelines
/// may share one database, so the methods still name the pipeline. Get one from <see cref="IStoreFactory"/>.
/// </summary>
public interface IIssueStore
{
    /// <summary>Creates the database's tables if needed and applies pending schema migrations.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>The sha256 currently stored for this source of the pipeline, or null when unknown.</summary>
    Task<string?> FindStoredShaAsync(string pipeline, string sourceUri, CancellationToken cancellationToken);

    /// <summary>True when this exact content is already stored for the pipeline (under any source).</summary>
    Task<bool> HasContentAsync(string pipeline, string sha256, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces everything stored for the record's issue and source in one transaction. Two writers saving the same
    /// issue at once queue one behind the other; neither fails for it.
    /// </summary>
    Task SaveIssueAsync(IssueRecord record, CancellationToken cancellationToken);

    /// <summary>
    /// Saves the records in order, each as <see cref="SaveIssueAsync"/> would, in one transaction: all or none of them
    /// are stored. A pass stores the pages it has parsed so, since a commit (a flush to disk) and a search index's
    /// write cost per transaction, not per page.
    /// </summary>
    Task SaveIssuesAsync(IReadOnlyList<IssueRecord> records, CancellationToken cancellationToken);

    /// <summary>
    /// Brings the database's search index up to what is stored: a store may leave the indexing of the articles it saves
    /// (SQLite's FTS5 indexes, migration 11) for later, as it costs about as much as the rest of storing a text page. A
    /// pass and a backfill call this at their end, so what they stored is searchable once they end; the articles it
    /// took out (removed, or changed) are never found by their old text, before or after. Opening the store the
    /// first time in a process does it too.
    /// </summary>
    /// <returns>How many articles were added to the index.</returns>
    Task<int> CatchUpSearchAsync(CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="CatchUpSearchAsync(CancellationToken)"/>, telling <paramref name="progress"/> after each of its
    /// transactions how many articles it has added and how many still wait: a large backfill's catch-up takes minutes.
    /// </summary>
    Task<int> CatchUpSearchAsync(IProgress<SearchIndexProgress> progress, CancellationToken cancellationToken) => CatchUpSearchAsync(cancellationToken);

    /// <summary>Every stored source of the pipeline, by issue date then source.</summary>
    Task<IReadOnlyList<StoredSource>> ListSourcesAsync(string pipeline, CancellationToken cancellationToken);

    /// <summary>The stored bytes of an issue's source.</summary>
    Task<byte[]> LoadSourceContentAsync(string issueId, CancellationToken cancellationToken);

    /// <summary>Every table of the pipeline, in the contract's stable order.</summary>
    Task<DatasetTables> LoadDatasetAsync(string pipeline, CancellationToken cancellationToken);

    /// <summary>The pipeline's tables read row by row, for publishing without holding them in memory.</summary>
    IDatasetReader ReadDataset(string pipeline);
}
