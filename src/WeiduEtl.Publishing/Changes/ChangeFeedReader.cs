using System.Text.Json;

namespace WeiduEtl.Publishing.Changes;

/// <summary>Reads the counts of a snapshot's changes.json, for pages and catalogues that show them.</summary>
public static class ChangeFeedReader
{
    /// <summary>Null when the snapshot has no changes.json (made before the feed existed) or it cannot be read.</summary>
    public static ChangeSummary? TryRead(string snapshotFolder)
    {
        try
        {
            using var stream = File.OpenRead(Path.Combine(snapshotFolder, ChangeFeedWriter.FileName));
            return TryRead(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The counts of a changes.json read from elsewhere (object storage); null when it cannot be read.</summary>
    public static ChangeSummary? TryRead(Stream stream)
    {
        try
        {
            using var document = JsonDocument.Parse(stream);
            var root = document.RootElement;
            var previous = root.TryGetProperty("previous_snapshot_id", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            var tables = new List<TableChangeCount>();
            foreach (var table in root.GetProperty("tables").EnumerateObject())
            {
                var counts = table.Value.GetProperty("counts");
                tables.Add(new TableChangeCount(table.Name, counts.GetProperty("added").GetInt32(), counts.GetProperty("changed").GetInt32(), counts.GetProperty("removed").GetInt32()));
            }
            return new ChangeSummary(previous, tables);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
