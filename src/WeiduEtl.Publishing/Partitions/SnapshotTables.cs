using WeiduEtl.Core.Ports;
using WeiduEtl.Publishing.Changes;
using WeiduEtl.Publishing.Writers;

namespace WeiduEtl.Publishing.Partitions;

/// <summary>
/// Writes every contract table into a snapshot folder: whole (articles.csv), or one file per issue month
/// (articles/2019-10.csv) with the months whose fingerprint is unchanged taken over from the previous snapshot.
/// </summary>
internal static class SnapshotTables
{
    /// <param name="months">Null for single-file tables; else the months to write, with their fingerprints.</param>
    /// <returns>The files in publishing order, and the paths of those reused unchanged (the change feed skips them).</returns>
    public static async Task<(IReadOnlyList<PublishedFile> Files, IReadOnlySet<string> Reused)> WriteAsync(
        string folder, IDatasetReader dataset, DatasetMonths? months, PreviousParts previous, CancellationToken cancellationToken)
    {
        var files = new List<PublishedFile>();
        var reused = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in ChangeFeedWriter.Tables)
        {
            if (months is null)
            {
                files.AddRange(await TableFileSet.WriteAsync(folder, table.Name, table, dataset.ReadAsync(table.Name, null, cancellationToken), null, null, cancellationToken));
                continue;
            }
            foreach (var month in months.Months)
            {
                var stem = $"{table.Name}/{month}";
                var fingerprint = months.Fingerprints[month];
                var before = TableFormat.All.Select(f => previous.Find($"{stem}.{f.Extension}", fingerprint)).ToList();
                if (before.All(b => b is not null))
                {
                    foreach (var (path, part) in before.Select(b => b!.Value))
                    {
                        FileLinks.LinkOrCopy(path, Path.Combine(folder, part.RelativePath));
                        files.Add(new PublishedFile(part.RelativePath, TableFormat.Of(Path.GetExtension(path)[1..]), part.Bytes, part.Sha256, part.Rows, table, month, fingerprint));
                        reused.Add(part.RelativePath);
                    }
                    continue;
                }
                files.AddRange(await TableFileSet.WriteAsync(folder, stem, table, dataset.ReadAsync(table.Name, month, cancellationToken), month, fingerprint, cancellationToken));
            }
        }
        return (files, reused);
    }
}
