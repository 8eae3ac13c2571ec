using System.Text.Json;
using System.Text.Json.Nodes;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Publishing;

/// <summary>
/// latest.json: the pointer consumers follow. Replaced by an atomic rename, so a reader sees the old
/// snapshot or the new one, never a half-written file.
/// </summary>
internal static class LatestPointer
{
    public const string FileName = "latest.json";

    public static SnapshotInfo? Read(string outputFolder)
    {
        var path = Path.Combine(outputFolder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        var tables = node["tables"]!.AsObject().ToDictionary(t => t.Key, t => t.Value!.GetValue<int>());
        return new SnapshotInfo(node["snapshot_id"]!.GetValue<string>(), node["path"]!.GetValue<string>(), node["created_at"]!.GetValue<string>(), tables);
    }

    public static async Task WriteAsync(string outputFolder, SnapshotInfo snapshot, CancellationToken cancellationToken)
    {
        var node = new JsonObject
        {
            ["snapshot_id"] = snapshot.SnapshotId,
            ["path"] = snapshot.Path,
            ["created_at"] = snapshot.CreatedAt,
            ["datapackage"] = $"{snapshot.Path}/datapackage.json",
            ["tables"] = new JsonObject([.. snapshot.Tables.Select(t => KeyValuePair.Create(t.Key, (JsonNode?)t.Value))]),
        };
        var temporary = Path.Combine(outputFolder, $".{FileName}.{Guid.NewGuid():N}.tmp");
        await File.WriteAllTextAsync(temporary, node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n", cancellationToken);
        File.Move(temporary, Path.Combine(outputFolder, FileName), overwrite: true);
    }
}
