using System.Text;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;
using WeiduEtl.Core.Runs;

namespace WeiduEtl.ObjectStorage.Archive;

/// <summary>
/// Keeps source bytes in a pipeline's archive instead of the database: the bytes go to the archive first, and
/// the database's source row holds a short pointer (the archive's location and the key), read back on backfill.
/// A pipeline without <c>sourceArchive</c> passes straight through, so rows stored before keep their bytes and
/// both kinds can sit side by side. Every other call goes to the wrapped store unchanged.
/// </summary>
/// <remarks>
/// The pointer lives in the content column so no store (SQLite now, PostgreSQL next) needs a schema change for
/// it; a dedicated column can replace it once the store port settles.
/// </remarks>
public sealed class ArchivingIssueStore(IIssueStore inner, SourceArchives archives) : IIssueStore
{
    private static readonly byte[] Marker = "weidu-source-archive\n"u8.ToArray();

    public async Task SaveIssueAsync(string databasePath, IssueRecord record, CancellationToken cancellationToken)
    {
        if (archives.For(record.Issue.Pipeline) is { } archive)
        {
            var key = await archive.PutAsync(record.SourceContent, record.Issue.MediaType, cancellationToken);
            record = record with { SourceContent = [.. Marker, .. Encoding.UTF8.GetBytes($"{archive.Location}\n{key}")] };
        }
        await inner.SaveIssueAsync(databasePath, record, cancellationToken);
    }

    public async Task<byte[]> LoadSourceContentAsync(string databasePath, string issueId, CancellationToken cancellationToken)
    {
        var stored = await inner.LoadSourceContentAsync(databasePath, issueId, cancellationToken);
        if (!stored.AsSpan().StartsWith(Marker))
        {
            return stored;
        }
        var pointer = Encoding.UTF8.GetString(stored.AsSpan(Marker.Length)).Split('\n');
        return await archives.At(pointer[0]).GetAsync(pointer[1], cancellationToken);
    }

    public Task MigrateAsync(string databasePath, CancellationToken cancellationToken) => inner.MigrateAsync(databasePath, cancellationToken);

    public Task<string?> FindStoredShaAsync(string databasePath, string pipeline, string sourceUri, CancellationToken cancellationToken) =>
        inner.FindStoredShaAsync(databasePath, pipeline, sourceUri, cancellationToken);

    public Task<bool> HasContentAsync(string databasePath, string pipeline, string sha256, CancellationToken cancellationToken) =>
        inner.HasContentAsync(databasePath, pipeline, sha256, cancellationToken);

    public Task<IReadOnlyList<StoredSource>> ListSourcesAsync(string databasePath, string pipeline, CancellationToken cancellationToken) =>
        inner.ListSourcesAsync(databasePath, pipeline, cancellationToken);

    public Task<IReadOnlySet<string>> LastFailedSourcesAsync(string databasePath, string pipeline, CancellationToken cancellationToken) =>
        inner.LastFailedSourcesAsync(databasePath, pipeline, cancellationToken);

    public Task<DatasetTables> LoadDatasetAsync(string databasePath, string pipeline, CancellationToken cancellationToken) =>
        inner.LoadDatasetAsync(databasePath, pipeline, cancellationToken);

    public Task<long> StartRunAsync(string databasePath, string pipeline, string trigger, string startedAt, CancellationToken cancellationToken) =>
        inner.StartRunAsync(databasePath, pipeline, trigger, startedAt, cancellationToken);

    public Task RecordDocumentAsync(string databasePath, RunDocument document, CancellationToken cancellationToken) =>
        inner.RecordDocumentAsync(databasePath, document, cancellationToken);

    public Task FinishRunAsync(string databasePath, RunSummary summary, CancellationToken cancellationToken) =>
        inner.FinishRunAsync(databasePath, summary, cancellationToken);

    public Task<IReadOnlyList<RunSummary>> RecentRunsAsync(string databasePath, string pipeline, int count, CancellationToken cancellationToken) =>
        inner.RecentRunsAsync(databasePath, pipeline, count, cancellationToken);

    public Task<bool> HasUnpublishedChangesAsync(string databasePath, string pipeline, CancellationToken cancellationToken) =>
        inner.HasUnpublishedChangesAsync(databasePath, pipeline, cancellationToken);

    public Task<IReadOnlyList<RunDocument>> FailuresOfRunAsync(string databasePath, long runId, CancellationToken cancellationToken) =>
        inner.FailuresOfRunAsync(databasePath, runId, cancellationToken);
}
