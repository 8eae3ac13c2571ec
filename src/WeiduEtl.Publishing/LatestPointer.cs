using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Publishing;

/// <summary>
/// latest.json: the pointer consumers follow. Replaced last and in one step (a rename on disk, one PUT on
/// object storage), so a reader sees the old snapshot or the new one, never a half-written file.
/// </summary>
internal static class LatestPointer
{
    public const string FileName = "latest.json";

    public static SnapshotInfo? Read(string outputFolder)
    {
        var path = Path.Combine(outputFolder, FileName);
        return File.Exists(path) ? Parse(File.ReadAllBytes(path)) : null;
    }

    public static async Task WriteAsync(string outputFolder, SnapshotInfo snapshot, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(outputFolder, $".{FileName}.{Guid.NewGuid():N}.tmp");
        await File.WriteAllBytesAsync(temporary, Serialize(snapshot), cancellationToken);
        File.Move(temporary, Path.Combine(outputFolder, FileName), overwrite: true);
    }

    public static SnapshotInfo Parse(byte[] json)
    {
        var node = JsonNode.Parse(json)!;
        var tables = node["tables"]!.AsObject().ToDictionary(t => t.Key, t => t.Value!.GetValue<int>());
        return new SnapshotInfo(node["snapshot_id"]!.GetValue<string>(), node["path"]!.GetValue<string>(), node["created_at"]!.GetValue<string>(), tables);
    }

    public static byte[] Serialize(SnapshotInfo snapshot)
    {
        var node = new JsonObject
        {
            ["snapshot_id"] = snapshot.SnapshotId,
            ["path"] = snapshot.Path,
            ["created_at"] = snapshot.CreatedAt,
            ["datapackage"] = $"{snapshot.Path}/datapackage.json",
            ["tables"] = new JsonObject([.. snapshot.Tables.Select(t => KeyValuePair.Create(t.Key, (JsonNode?)t.Value))]),
        };
        return Encoding.UTF8.GetBytes(node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
