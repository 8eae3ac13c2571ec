using System.Security.Cryptography;
using System.Text.Json;
using WeiduEtl.Publishing.Changes;
using WeiduEtl.Tests.Support;

namespace WeiduEtl.Tests.Publishing.Changes;

/// <summary>
/// A first publish writes changes.json from the ids spooled while the tables are written, and each file's size and
/// sha256 from the pass that wrote it: both must be exactly what reading the written files back gives.
/// </summary>
public sealed class FirstPublishFeedTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(1_000_000)]
    public async Task Publish_NoPreviousSnapshot_WritesTheFeedAndHashesThatReadingTheFilesBackGives(long partitionFromArticles)
    {
        using var temp = new TempFolder();
        var folder = await PartitionedPublishTests.PublishFirstAsync(temp.Path, partitionFromArticles, PartitionedPublishTests.Data(
            PartitionedPublishTests.Issue("a", "2019-10-02", "标题\"引号\"，逗号"), PartitionedPublishTests.Issue("b", "2019-11-01"), PartitionedPublishTests.Issue("c", null)));
        var spooled = await File.ReadAllBytesAsync(Path.Combine(folder, ChangeFeedWriter.FileName));

        File.Delete(Path.Combine(folder, ChangeFeedWriter.FileName));
        await ChangeFeedWriter.WriteAsync(folder, null, default);

        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(folder, ChangeFeedWriter.FileName)), spooled);
        var contributors = JsonDocument.Parse(spooled).RootElement.GetProperty("tables").GetProperty("contributors");
        Assert.Equal(3, contributors.GetProperty("counts").GetProperty("added").GetInt32());
        Assert.Equal("[\"p-a-a0001\",1]", contributors.GetProperty("added")[0].GetRawText());
        Assert.False(Directory.Exists(folder + ".ids"), "the id spool is removed after the publish");
        var listed = 0;
        foreach (var (path, bytes, hash) in ListedFiles(folder))
        {
            var file = await File.ReadAllBytesAsync(Path.Combine(folder, path));
            Assert.Equal((file.LongLength, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(file))), (bytes, hash));
            listed++;
        }
        Assert.Equal(partitionFromArticles == 1 ? 8 * 3 * 3 + 1 : 8 * 3 + 1, listed);
    }

    /// <summary>Every file datapackage.json gives a size and hash for: single-file resources, partitions and changes.json.</summary>
    private static List<(string Path, long Bytes, string Hash)> ListedFiles(string folder)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "datapackage.json")));
        var files = new List<(string, long, string)>();
        foreach (var resource in manifest.RootElement.GetProperty("resources").EnumerateArray())
        {
            if (resource.TryGetProperty("parts", out var parts))
            {
                files.AddRange(parts.EnumerateArray().Select(p => (p.GetProperty("path").GetString()!, p.GetProperty("bytes").GetInt64(), p.GetProperty("hash").GetString()!)));
            }
            else
            {
                files.Add((resource.GetProperty("path").GetString()!, resource.GetProperty("bytes").GetInt64(), resource.GetProperty("hash").GetString()!));
            }
        }
        return files;
    }
}
