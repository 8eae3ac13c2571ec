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
        Assert.Equal(tables.Length * 2 + 1, resources.Count);
        Assert.Contains(resources, r => r.GetProperty("path").GetString() == "changes.json");
        foreach (var resource in resources)
        {
            var path = Path.Combine(snapshotFolder, resource.GetProperty("path").GetString()!);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(resource.GetProperty("bytes").GetInt64(), bytes.LongLength);
            Assert.Equal(resource.GetProperty("hash").GetString(), "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)));
            if (!resource.TryGetProperty("schema", out _))
            {
                continue;
            }
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToArray();
            if (resource.GetProperty("format").GetString() == "csv")
            {
                var header = File.ReadLines(path).First();
                Assert.Equal(string.Join(',', fields), header);
            }
            else
            {
                var rows = JsonDocument.Parse(bytes).RootElement.EnumerateArray().ToList();
                Assert.Equal(resource.GetProperty("rows").GetInt32(), rows.Count);
                Assert.All(rows, row => Assert.Equal(fields, row.EnumerateObject().Select(p => p.Name).ToArray()));
            }
        }
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(snapshotFolder)!, ".tmp-*"));
    }

    public static List<JsonElement> Rows(string snapshotFolder, string table) =>
        [.. JsonDocument.Parse(File.ReadAllText(Path.Combine(snapshotFolder, $"{table}.json"))).RootElement.EnumerateArray()];
}
