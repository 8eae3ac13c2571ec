using System.Security.Cryptography;
using System.Text.Json;

namespace WeiduEtl.IntegrationTests.Support;

/// <summary>Checks a snapshot the way a careful consumer would: every file listed, its size and hash right, its columns as the schema says.</summary>
public static class SnapshotAssert
{
    public static JsonElement LatestPointer(string outputFolder) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(outputFolder, "latest.json"))).RootElement;

    public static string LatestFolder(string outputFolder) =>
        Path.Combine(outputFolder, LatestPointer(outputFolder).GetProperty("path").GetString()!);

    public static void IsComplete(string snapshotFolder)
    {
        var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(snapshotFolder, "datapackage.json"))).RootElement;
        var resources = package.GetProperty("resources").EnumerateArray().ToList();
        string[] tables = ["issues", "articles", "contributors", "photos", "figures", "dates", "mentions", "quotes"];
        // CSV and JSON; large datasets (month files) add Parquet.
        Assert.Contains(resources.Count, new[] { tables.Length * 2 + 1, tables.Length * 3 + 1 });
        Assert.Contains(resources, r => r.GetProperty("path").ValueKind == JsonValueKind.String && r.GetProperty("path").GetString() == "changes.json");
        foreach (var resource in resources)
        {
            // A table is one file (path, bytes, hash) or month partitions (a path array, each file's bytes and hash in parts).
            var files = resource.TryGetProperty("parts", out var parts) ? [.. parts.EnumerateArray()] : new List<JsonElement> { resource };
            var rows = 0;
            foreach (var file in files)
            {
                var path = Path.Combine(snapshotFolder, file.GetProperty("path").GetString()!);
                var bytes = File.ReadAllBytes(path);
                Assert.Equal(file.GetProperty("bytes").GetInt64(), bytes.LongLength);
                Assert.Equal(file.GetProperty("hash").GetString(), "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)));
                if (!resource.TryGetProperty("schema", out _))
                {
                    continue;
                }
                var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToArray();
                switch (resource.GetProperty("format").GetString())
                {
                    case "csv":
                        Assert.Equal(string.Join(',', fields), File.ReadLines(path).First());
                        break;
                    case "json":
                        var objects = JsonDocument.Parse(bytes).RootElement.EnumerateArray().ToList();
                        rows += objects.Count;
                        Assert.All(objects, row => Assert.Equal(fields, row.EnumerateObject().Select(p => p.Name).ToArray()));
                        break;
                    default:
                        Assert.Equal("parquet", resource.GetProperty("format").GetString());
                        Assert.Equal("PAR1"u8.ToArray(), bytes[..4]);
                        break;
                }
            }
            if (resource.GetProperty("format").GetString() == "json" && resource.TryGetProperty("schema", out _))
            {
                Assert.Equal(resource.GetProperty("rows").GetInt32(), rows);
            }
        }
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(snapshotFolder)!, ".tmp-*"));
    }

    public static List<JsonElement> Rows(string snapshotFolder, string table) =>
        [.. JsonDocument.Parse(File.ReadAllText(Path.Combine(snapshotFolder, $"{table}.json"))).RootElement.EnumerateArray()];
}
