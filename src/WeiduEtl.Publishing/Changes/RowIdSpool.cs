using System.Collections.Concurrent;
using WeiduEtl.Publishing.Tables;
using WeiduEtl.Publishing.Writers;

namespace WeiduEtl.Publishing.Changes;

/// <summary>
/// The primary keys of the rows written into a new snapshot, spooled to files outside it (one id a line, as the
/// change feed spells it) while the tables are written, so a first publish's changes.json lists every row as added
/// without reading the JSON files back and without holding millions of ids.
/// </summary>
internal sealed class RowIdSpool : IDisposable
{
    private const string Extension = ".ids";

    private readonly string _folder;
    private readonly ConcurrentDictionary<string, int> _rows = new(StringComparer.Ordinal);

    public RowIdSpool(string folder)
    {
        _folder = folder;
        Directory.CreateDirectory(folder);
    }

    /// <summary>A writer for the ids of one table file: "articles", or the partition "articles/2019-10".</summary>
    public ITableFileWriter Open(string stem, TableDefinition table)
    {
        var path = Path.Combine(_folder, stem + Extension);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new RowIdWriter(path, table, rows => _rows[stem] = rows);
    }

    /// <summary>How many ids a table's files hold.</summary>
    public int Count(TableDefinition table) => _rows.Where(r => IsOf(r.Key, table)).Sum(r => r.Value);

    /// <summary>A table's ids in publishing order (its single file, else its partitions by month), read a line at a time.</summary>
    public IEnumerable<string> Read(TableDefinition table)
    {
        foreach (var stem in _rows.Keys.Where(k => IsOf(k, table)).Order(StringComparer.Ordinal))
        {
            foreach (var id in File.ReadLines(Path.Combine(_folder, stem + Extension)))
            {
                yield return id;
            }
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static bool IsOf(string stem, TableDefinition table) => stem == table.Name || stem.StartsWith(table.Name + "/", StringComparison.Ordinal);
}
