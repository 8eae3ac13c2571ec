using System.Security.Cryptography;
using WeiduEtl.Publishing.Changes;
using WeiduEtl.Publishing.Tables;

namespace WeiduEtl.Publishing.Writers;

/// <summary>
/// Writes one table, or one month of it, into every <see cref="TableFormat"/> from a single pass over its rows:
/// each row's values are read once and go to every file (and its id to the spool), then are dropped, so memory does not grow with the table.
/// Each file is hashed as it is written, so its size and sha256 need no second read.
/// </summary>
internal static class TableFileSet
{
    /// <param name="stem">The files' path in the snapshot without extension: "articles", or "articles/2019-10".</param>
    /// <param name="ids">Where the rows' ids go for the change feed; null when it does not need them.</param>
    public static async Task<IReadOnlyList<PublishedFile>> WriteAsync(string folder, string stem, TableDefinition table, IAsyncEnumerable<object> rows,
        string? partition, string? fingerprint, RowIdSpool? ids, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, stem))!);
        var formats = TableFormat.All;
        var streams = new List<HashingFileStream>();
        var writers = new List<ITableFileWriter>();
        var count = 0;
        var cells = new object?[table.Fields.Count];
        try
        {
            foreach (var format in formats)
            {
                var stream = new HashingFileStream(Path.Combine(folder, $"{stem}.{format.Extension}"));
                streams.Add(stream);
                writers.Add(format.Open(stream, table));
            }
            if (ids is not null)
            {
                writers.Add(ids.Open(stem, table));
            }
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = table.Fields[i].Value(row);
                }
                foreach (var writer in writers)
                {
                    await writer.WriteRowAsync(cells, cancellationToken);
                }
                count++;
            }
            foreach (var writer in writers)
            {
                await writer.CompleteAsync(cancellationToken);
            }
            var files = new List<PublishedFile>();
            for (var i = 0; i < formats.Count; i++)
            {
                var (bytes, sha) = streams[i].Finish();
                files.Add(new PublishedFile($"{stem}.{formats[i].Extension}", formats[i], bytes, sha, count, table, partition, fingerprint));
            }
            return files;
        }
        finally
        {
            foreach (var writer in writers)
            {
                await writer.DisposeAsync();
            }
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }

    public static async Task<(long Bytes, string Sha256)> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        return (stream.Length, sha);
    }
}
