using System.Security.Cryptography;
using WeiduEtl.Publishing.Tables;

namespace WeiduEtl.Publishing.Writers;

/// <summary>
/// Writes one table, or one partition of it, in every <see cref="TableFormat"/> from a single pass over its rows:
/// each row goes to every file and is dropped, so memory does not grow with the table.
/// </summary>
internal static class TableFileSet
{
    /// <param name="stem">The files' path in the snapshot without extension: "articles", or "articles/2019-10".</param>
    public static async Task<IReadOnlyList<PublishedFile>> WriteAsync(string folder, string stem, TableDefinition table, IAsyncEnumerable<object> rows,
        string? partition, string? fingerprint, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, stem))!);
        var formats = TableFormat.All;
        var writers = new List<ITableFileWriter>();
        var count = 0;
        try
        {
            foreach (var format in formats)
            {
                writers.Add(format.Open(Path.Combine(folder, $"{stem}.{format.Extension}"), table));
            }
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                foreach (var writer in writers)
                {
                    await writer.WriteRowAsync(row, cancellationToken);
                }
                count++;
            }
            foreach (var writer in writers)
            {
                await writer.CompleteAsync(cancellationToken);
            }
        }
        finally
        {
            foreach (var writer in writers)
            {
                await writer.DisposeAsync();
            }
        }
        var files = new List<PublishedFile>();
        foreach (var format in formats)
        {
            var relative = $"{stem}.{format.Extension}";
            var (bytes, sha) = await HashAsync(Path.Combine(folder, relative), cancellationToken);
            files.Add(new PublishedFile(relative, format, bytes, sha, count, table, partition, fingerprint));
        }
        return files;
    }

    public static async Task<(long Bytes, string Sha256)> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        return (stream.Length, sha);
    }
}
