using Microsoft.Extensions.Time.Testing;
using WeiduEtl.Serving;
using WeiduEtl.Tests.Publishing;
using WeiduEtl.Tests.Support;

namespace WeiduEtl.Tests.Serving;

/// <summary>
/// A dataset published one file per issue month lists each table once, with every month's files and the rows of all
/// of them, as the datasets page and catalogue show it.
/// </summary>
public sealed class PartitionedManifestTests
{
    [Fact]
    public async Task Tables_OfASnapshotPublishedByMonth_AreEachListedOnceWithEveryMonthsFilesAndAllTheirRows()
    {
        using var temp = new TempFolder();
        var pipeline = PartitionedPublishTests.Pipeline(temp.Path);
        var snapshot = await PartitionedPublishTests.Publisher(new FakeTimeProvider(new DateTimeOffset(2026, 1, 14, 12, 0, 0, TimeSpan.Zero)))
            .PublishAsync(pipeline, PartitionedPublishTests.Data(
                PartitionedPublishTests.Issue("a", "2019-10-02"), PartitionedPublishTests.Issue("b", "2019-10-30"), PartitionedPublishTests.Issue("c", "2019-11-01")), default);
        var folder = Path.Combine(temp.Path, snapshot.Path);

        var manifest = SnapshotManifest.TryRead(folder);
        var tables = new PipelineView(pipeline, null, manifest, null, []).Tables;

        var articles = Assert.Single(tables, t => t.Name == "articles");
        Assert.Equal(3, articles.Rows);
        Assert.DoesNotContain(tables, t => t.Name.EndsWith("-parquet", StringComparison.Ordinal));
        Assert.Contains(articles.Files, f => f.Path == "articles/2019-10.csv" && f.Rows == 2 && f.Sha256 is { Length: 64 });
        Assert.Contains(articles.Files, f => f.Path == "articles/2019-11.parquet" && f.Rows == 1);
        Assert.All(articles.Files, f => Assert.True(File.Exists(Path.Combine(folder, f.Path)), f.Path));
        Assert.NotNull(manifest!.Find("articles/2019-11.json"));
    }
}
