using System.Text;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;

namespace WeiduEtl.ObjectStorage.Archive;

/// <summary>
/// Keeps source bytes in a pipeline's archive instead of the database: the bytes go to the archive first, and
/// the database's source row holds a short pointer (the archive's location and the key), read back on backfill.
/// A pipeline without <c>sourceArchive</c> passes straight through, so rows stored before keep their bytes and
/// both kinds can sit side by side. Every other call goes to the wrapped store unchanged.
/// </summary>
/// <remarks>
/// The pointer lives in the content column so neither store (SQLite, PostgreSQL) needs a schema change for it; a
/// dedicated column can replace it.
/// </remarks>
public sealed class ArchivingIssueStore(IIssueStore inner, SourceArchives archives) : IIssueStore
{
    private static readonly byte[] Marker = "weidu-source-archive\n"u8.ToArray();

    public async Task SaveIssueAsync(IssueRecord record, CancellationToken cancellationToken) =>
        await inner.SaveIssueAsync(await ArchivedAsync(record, cancellationToken), cancellationToken);

    public async Task SaveIssuesAsync(IReadOnlyList<IssueRecord> records, CancellationToken cancellationToken)
    {
        var archived = new List<IssueRecord>(records.Count);
        foreach (var record in records)
        {
            archived.Add(await ArchivedAsync(record, cancellationToken));
        }
        await inner.SaveIssuesAsync(archived, cancellationToken);
    }

    public Task<int> CatchUpSearchAsync(CancellationToken cancellationToken) => inner.CatchUpSearchAsync(cancellationToken);

    public Task<int> CatchUpSearchAsync(IProgress<SearchIndexProgress> progress, CancellationToken cancellationToken) => inner.CatchUpSearchAsync(progress, cancellationToken);

    /// <summary>The record with its source bytes put in the pipeline's archive and a pointer in their place.</summary>
    private async Task<IssueRecord> ArchivedAsync(IssueRecord record, CancellationToken cancellationToken)
    {
        if (archives.For(record.Issue.Pipeline) is not { } archive)
        {
            return record;
        }
        var key = await archive.PutAsync(record.SourceContent, record.Issue.MediaType, cancellationToken);
        return record with { SourceContent = [.. Marker, .. Encoding.UTF8.GetBytes($"{archive.Location}\n{key}")] };
    }

    public async Task<byte[]> LoadSourceContentAsync(string issueId, CancellationToken cancellationToken)
    {
        var stored = await inner.LoadSourceContentAsync(issueId, cancellationToken);
        if (!stored.AsSpan().StartsWith(Marker))
        {
            return stored;
        }
        var pointer = Encoding.UTF8.GetString(stored.AsSpan(Marker.Length)).Split('\n');
        return await archives.At(pointer[0]).GetAsync(pointer[1], cancellationToken);
    }

    public Task MigrateAsync(CancellationToken cancellationToken) => inner.MigrateAsync(cancellationToken);

    public Task<string?> FindStoredShaAsync(string pipeline, string sourceUri, CancellationToken cancellationToken) =>
        inner.FindStoredShaAsync(pipeline, sourceUri, cancellationToken);

    public Task<bool> HasContentAsync(string pipeline, string sha256, CancellationToken cancellationToken) =>
        inner.HasContentAsync(pipeline, sha256, cancellationToken);

    public Task<IReadOnlyList<StoredSource>> ListSourcesAsync(string pipeline, CancellationToken cancellationToken) =>
        inner.ListSourcesAsync(pipeline, cancellationToken);

    public Task<DatasetTables> LoadDatasetAsync(string pipeline, CancellationToken cancellationToken) =>
        inner.LoadDatasetAsync(pipeline, cancellationToken);

    public IDatasetReader ReadDataset(string pipeline) => inner.ReadDataset(pipeline);
}
