using System.Text.Json;
using WeiduEtl.Publishing.Tables;
using WeiduEtl.Publishing.Writers;

namespace WeiduEtl.Publishing.Changes;

/// <summary>
/// Writes changes.json into a snapshot: per table, the primary keys of the rows added, changed (with the
/// fields that changed) and removed against the previous snapshot, so a consumer can fetch only what
/// changed. Compares the tables' JSON files, the form consumers read, not the database.
/// </summary>
/// <remarks>
/// No field is ignored, parsed_at included: a consumer that applies the feed to the previous snapshot
/// must hold exactly the new one, and only issues rows carry parse times, so a reparse that changes
/// nothing else lists one issues row per page and no articles. Ids in each list are in the order of
/// the file they come from; the output depends only on the two snapshots' files, so it reproduces.
/// </remarks>
public static class ChangeFeedWriter
{
    public const string FileName = "changes.json";

    private const int FlushAtBytes = 1 << 16;

    /// <summary>The tables compared, in publishing order, with their primary keys from the contract.</summary>
    public static IReadOnlyList<TableDefinition> Tables { get; } =
    [
        ContractTables.Issues, ContractTables.Articles, ContractTables.Contributors,
        ContractTables.Photos, ContractTables.Figures, ContractTables.Dates,
        ContractTables.Mentions, ContractTables.Quotes,
    ];

    /// <summary>
    /// Compares the new snapshot's tables with the previous snapshot's and writes changes.json into
    /// <paramref name="newSnapshotFolder"/> (which may still be the publisher's temporary folder). A table is its
    /// file (articles.json) or its partitions (articles/2019-10.json); a partition in
    /// <paramref name="unchanged"/> holds the same bytes in both snapshots and is not read.
    /// </summary>
    /// <param name="previousSnapshotFolder">The snapshot latest.json points at before this publish; its folder name is the previous snapshot id.</param>
    /// <param name="unchanged">Relative paths ("articles/2019-10.json") reused byte for byte from the previous snapshot.</param>
    /// <param name="written">The ids of the rows just written, if spooled: with no previous snapshot they are the feed, and no file is read back.</param>
    /// <returns>
    /// The counts; null when there is no previous snapshot to compare against (null or missing folder).
    /// changes.json is written in that case too, with <c>previous_snapshot_id</c> null and every row
    /// added, so consumers need no special first case.
    /// </returns>
    public static Task<ChangeSummary?> WriteAsync(string newSnapshotFolder, string? previousSnapshotFolder, CancellationToken ct, IReadOnlySet<string>? unchanged = null) =>
        WriteAsync(newSnapshotFolder, previousSnapshotFolder, unchanged, null, ct);

    internal static async Task<ChangeSummary?> WriteAsync(string newSnapshotFolder, string? previousSnapshotFolder, IReadOnlySet<string>? unchanged, RowIdSpool? written, CancellationToken ct)
    {
        var hasPrevious = previousSnapshotFolder is not null && Directory.Exists(previousSnapshotFolder);
        var previousId = hasPrevious ? Path.GetFileName(Path.TrimEndingDirectorySeparator(previousSnapshotFolder!)) : null;
        var skip = unchanged ?? new HashSet<string>();
        var diffs = new List<TableDiff>();
        foreach (var table in Tables)
        {
            if (!hasPrevious && written is not null)
            {
                diffs.Add(TableDiff.AllAdded(table, written.Count(table), written.Read(table)));
                continue;
            }
            var previous = new List<JsonDocument>();
            try
            {
                foreach (var file in hasPrevious ? TableFiles(previousSnapshotFolder!, table, skip) : [])
                {
                    previous.Add(Parse(file));
                }
                var current = TableFiles(newSnapshotFolder, table, skip).SelectMany(ReadRows);
                diffs.Add(TableDiff.Compare(table, current, previous.Select(d => d.RootElement)));
            }
            finally
            {
                previous.ForEach(d => d.Dispose());
            }
            ct.ThrowIfCancellationRequested();
        }
        await WriteFeedAsync(Path.Combine(newSnapshotFolder, FileName), previousId, diffs, ct);
        return hasPrevious ? new ChangeSummary(previousId, [.. diffs.Select(d => d.Count)]) : null;
    }

    /// <summary>A table's JSON files in a snapshot: its single file and its partitions; a table absent from a snapshot has none (an empty table).</summary>
    private static IEnumerable<string> TableFiles(string folder, TableDefinition table, IReadOnlySet<string> skip)
    {
        var single = Path.Combine(folder, $"{table.Name}.json");
        var partitions = Path.Combine(folder, table.Name);
        var files = File.Exists(single) ? [single] : new List<string>();
        if (Directory.Exists(partitions))
        {
            files.AddRange(Directory.GetFiles(partitions, "*.json").Order(StringComparer.Ordinal));
        }
        return files.Where(f => !skip.Contains(Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/')));
    }

    /// <summary>One file at a time: the new snapshot's rows are read, compared and dropped, file by file.</summary>
    private static IEnumerable<JsonElement> ReadRows(string path)
    {
        using var document = Parse(path);
        yield return document.RootElement;
    }

    private static JsonDocument Parse(string path)
    {
        using var stream = File.OpenRead(path);
        try
        {
            return JsonDocument.Parse(stream);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not valid JSON: {ex.Message}", ex);
        }
    }

    private static async Task WriteFeedAsync(string path, string? previousId, IReadOnlyList<TableDiff> diffs, CancellationToken ct)
    {
        await using var stream = File.Create(path);
        await using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = CellFormat.Json.Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("previous_snapshot_id", previousId);
            json.WriteStartObject("tables");
            foreach (var diff in diffs)
            {
                json.WriteStartObject(diff.Table.Name);
                json.WriteStartArray("primary_key");
                foreach (var column in diff.Table.PrimaryKey)
                {
                    json.WriteStringValue(column);
                }
                json.WriteEndArray();
                json.WriteStartObject("counts");
                json.WriteNumber("added", diff.AddedCount);
                json.WriteNumber("changed", diff.Changed.Count);
                json.WriteNumber("removed", diff.Removed.Count);
                json.WriteEndObject();
                WriteIds(json, "added", diff.Added);
                json.WriteStartArray("changed");
                foreach (var row in diff.Changed)
                {
                    json.WriteStartObject();
                    json.WritePropertyName("id");
                    WriteId(json, row.Id);
                    json.WriteStartArray("fields");
                    foreach (var field in row.Fields)
                    {
                        json.WriteStringValue(field);
                    }
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                WriteIds(json, "removed", diff.Removed);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
            await json.FlushAsync(ct);
        }
        await stream.WriteAsync("\n"u8.ToArray(), ct);
    }

    private static void WriteIds(Utf8JsonWriter json, string name, IEnumerable<string> ids)
    {
        json.WriteStartArray(name);
        foreach (var id in ids)
        {
            WriteId(json, id);
            if (json.BytesPending >= FlushAtBytes)
            {
                // Utf8JsonWriter keeps what it wrote until flushed; a first publish lists millions of ids.
                json.Flush();
            }
        }
        json.WriteEndArray();
    }

    /// <summary>An id is kept as its JSON text; a composite one stays on one line, as ["…-a0001",2], so the feed reads one id a line.</summary>
    private static void WriteId(Utf8JsonWriter json, string id) => json.WriteRawValue(id, skipInputValidation: true);
}
