using WeiduEtl.Core.Ports;
using WeiduEtl.Publishing.Changes;
using WeiduEtl.Publishing.Tables;
using WeiduEtl.Publishing.Writers;

namespace WeiduEtl.Publishing.Partitions;

/// <summary>
/// Writes every contract table into a snapshot folder: whole (articles.csv), or one file per issue month
/// (articles/2019-10.csv) with the months whose fingerprint is unchanged taken over from the previous snapshot.
/// Tables and months are written side by side on every core, each from its own query; the files are listed in
/// table then month order whatever finished first.
/// </summary>
internal static class SnapshotTables
{
    /// <param name="months">Null for single-file tables; else the months to write, with their fingerprints.</param>
    /// <param name="ids">Where the written rows' ids go for the change feed; null when it does not need them.</param>
    /// <returns>
    /// The files in publishing order; the paths of those reused from the previous snapshot; and the paths whose bytes
    /// are the previous snapshot's, reused or written the same again (the change feed skips them).
    /// </returns>
    public static async Task<(IReadOnlyList<PublishedFile> Files, IReadOnlySet<string> Reused, IReadOnlySet<string> Unchanged)> WriteAsync(
        string folder, IDatasetReader dataset, DatasetMonths? months, PreviousParts previous, RowIdSpool? ids, CancellationToken cancellationToken)
    {
        var work = ChangeFeedWriter.Tables
            .SelectMany(table => months is null ? [(table, (string?)null)] : months.Months.Select(month => (table, (string?)month)))
            .ToList();
        var written = new (IReadOnlyList<PublishedFile> Files, bool Reused)[work.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, work.Count), parallel, async (i, ct) =>
        {
            var (table, month) = work[i];
            written[i] = month is null
                ? (await TableFileSet.WriteAsync(folder, table.Name, table, dataset.ReadAsync(table.Name, null, ct), null, null, ids, ct), false)
                : await WriteMonthAsync(folder, dataset, table, month, months!.Fingerprints[month], previous, ids, ct);
        });
        var reused = written.Where(w => w.Reused).SelectMany(w => w.Files).Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var unchanged = written.SelectMany(w => w.Files).Where(f => reused.Contains(f.RelativePath) || previous.HasSameBytes(f)).Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        return ([.. written.SelectMany(w => w.Files)], reused, unchanged);
    }

    private static async Task<(IReadOnlyList<PublishedFile>, bool Reused)> WriteMonthAsync(string folder, IDatasetReader dataset, TableDefinition table, string month,
        string fingerprint, PreviousParts previous, RowIdSpool? ids, CancellationToken cancellationToken)
    {
        var stem = $"{table.Name}/{month}";
        var before = TableFormat.All.Select(f => (Format: f, Found: previous.Find($"{stem}.{f.Extension}", fingerprint))).ToList();
        if (before.Any(b => b.Found is null))
        {
            return (await TableFileSet.WriteAsync(folder, stem, table, dataset.ReadAsync(table.Name, month, cancellationToken), month, fingerprint, ids, cancellationToken), false);
        }
        var files = new List<PublishedFile>();
        foreach (var (format, found) in before)
        {
            var (path, part) = found!.Value;
            FileLinks.LinkOrCopy(path, Path.Combine(folder, part.RelativePath));
            files.Add(new PublishedFile(part.RelativePath, format, part.Bytes, part.Sha256, part.Rows, table, month, fingerprint));
        }
        return (files, true);
    }
}
