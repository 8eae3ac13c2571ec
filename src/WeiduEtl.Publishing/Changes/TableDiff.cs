using System.Text.Json;
using WeiduEtl.Publishing.Tables;
using WeiduEtl.Publishing.Writers;

namespace WeiduEtl.Publishing.Changes;

/// <summary>
/// One table compared between two snapshots by primary key. Every field counts, parsed_at included:
/// a consumer that applies the feed must end up with exactly the new snapshot's rows. Lists keep the
/// order of the file they come from (reading order), so the same two snapshots give the same feed.
/// </summary>
internal sealed class TableDiff
{
    private TableDiff(TableDefinition table, int addedCount, IEnumerable<string> added, List<ChangedRow> changed, List<string> removed)
    {
        Table = table;
        AddedCount = addedCount;
        Added = added;
        Changed = changed;
        Removed = removed;
    }

    public TableDefinition Table { get; }
    /// <summary>Ids as JSON text, one string each: holding them as elements cost a document per id.</summary>
    public IEnumerable<string> Added { get; }
    public int AddedCount { get; }
    public IReadOnlyList<ChangedRow> Changed { get; }
    public IReadOnlyList<string> Removed { get; }

    public TableChangeCount Count => new(Table.Name, AddedCount, Changed.Count, Removed.Count);

    /// <param name="current">The new snapshot's files (each a JSON array of objects), read once in order.</param>
    /// <param name="previous">The previous snapshot's files; none when there is no previous snapshot.</param>
    public static TableDiff Compare(TableDefinition table, IEnumerable<JsonElement> current, IEnumerable<JsonElement> previous)
    {
        var before = Index(table, previous.SelectMany(file => Rows(table, file)));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var added = new List<string>();
        var changed = new List<ChangedRow>();
        foreach (var row in current.SelectMany(file => Rows(table, file)))
        {
            var key = Key(table, row);
            if (!seen.Add(key))
            {
                throw new InvalidDataException($"{table.Name}.json: primary key {key} appears twice");
            }
            if (!before.TryGetValue(key, out var old))
            {
                added.Add(key);
                continue;
            }
            var fields = DifferentFields(row, old);
            if (fields.Count > 0)
            {
                changed.Add(new ChangedRow(key, fields));
            }
        }
        // Insertion order, which is the previous files' order: the same two snapshots give the same feed.
        var removed = before.Keys.Where(k => !seen.Contains(k)).ToList();
        return new TableDiff(table, added.Count, added, changed, removed);
    }

    /// <summary>A table against no previous snapshot: every row is added, its ids read as the feed writes them, never held.</summary>
    public static TableDiff AllAdded(TableDefinition table, int count, IEnumerable<string> ids) => new(table, count, ids, [], []);

    private static Dictionary<string, JsonElement> Index(TableDefinition table, IEnumerable<JsonElement> rows)
    {
        var index = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = Key(table, row);
            if (!index.TryAdd(key, row))
            {
                throw new InvalidDataException($"{table.Name}.json of the previous snapshot: primary key {key} appears twice");
            }
        }
        return index;
    }

    private static IEnumerable<JsonElement> Rows(TableDefinition table, JsonElement rows)
    {
        if (rows.ValueKind == JsonValueKind.Undefined)
        {
            yield break;
        }
        if (rows.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{table.Name}.json: expected a JSON array of rows, found {rows.ValueKind}");
        }
        foreach (var row in rows.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{table.Name}.json: expected each row to be an object, found {row.ValueKind}");
            }
            yield return row;
        }
    }

    /// <summary>
    /// The key values' JSON text, so "a1" and 1 never collide; it is also the id written to the feed: the value
    /// itself for a one-column key, an array in primaryKey order on one line for a composite one.
    /// </summary>
    private static string Key(TableDefinition table, JsonElement row)
    {
        var values = new List<JsonElement>(table.PrimaryKey.Count);
        foreach (var column in table.PrimaryKey)
        {
            if (!row.TryGetProperty(column, out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                throw new InvalidDataException($"{table.Name}.json: a row has no value for primary key column {column}");
            }
            values.Add(value);
        }
        return values.Count == 1 ? values[0].GetRawText() : JsonSerializer.Serialize(values, CellFormat.Json);
    }

    private static List<string> DifferentFields(JsonElement current, JsonElement previous)
    {
        var fields = new List<string>();
        foreach (var property in current.EnumerateObject())
        {
            if (!previous.TryGetProperty(property.Name, out var old) || !JsonElement.DeepEquals(property.Value, old))
            {
                fields.Add(property.Name);
            }
        }
        foreach (var property in previous.EnumerateObject())
        {
            if (!current.TryGetProperty(property.Name, out _))
            {
                fields.Add(property.Name);
            }
        }
        return fields;
    }
}
