using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Rows;
using WeiduEtl.Publishing;
using WeiduEtl.Tests.Support;

namespace WeiduEtl.Tests.Publishing;

public sealed class SnapshotPublisherTests
{
    private static readonly DateTimeOffset Noon = new(2026, 1, 14, 8, 15, 0, TimeSpan.Zero);

    private static DatasetTables Data() => new(
        [new IssueRow
        {
            IssueId = "p-abc", Pipeline = "p", Publication = "河南日报", PageLabel = "要闻", IssueDate = "2026-01-13", IssueDateBasis = "source",
            SourceUri = "pages/a.txt", SourceSha256 = "00", SourceBytes = 10, MediaType = "text/plain", PageCount = 1, ArticleCount = 1,
            FirstSeenAt = "2026-01-14T08:00:00Z", ParsedAt = "2026-01-14T08:00:00Z", ParserVersion = "text-1",
        }],
        [new ArticleRow
        {
            ArticleId = "p-abc-a0001", IssueId = "p-abc", Seq = 1, Page = 1, Kind = "article", Headline = "标题，带逗号\"引号\"",
            Reporters = ["王远", "李明"], Body = "第一段。\n第二段，含逗号。", Lead = "第一段。", ParagraphCount = 2, CharCount = 12,
        }],
        [], [],
        [new FigureRow { FigureId = "p-abc-f0001", ArticleId = "p-abc-a0001", Text = "约10亿元", Label = "总投资", Value = 1000000000m, Unit = "元", Qualifier = "approx", CharStart = 0, CharEnd = 6, Rule = "figure-reader" }],
        [], []);

    private static PipelineOptions Pipeline(string output, int keep = 10) =>
        new() { Name = "p", Publication = "河南日报", Output = output, License = "CC-BY-4.0", KeepSnapshots = keep };

    [Fact]
    public async Task Publish_SameDataAtSameTime_WritesByteIdenticalFiles()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        var time = new FakeTimeProvider(Noon);

        var first = await new SnapshotPublisher(time, NullLogger<SnapshotPublisher>.Instance).PublishAsync(Pipeline(a.Path), Data(), default);
        var second = await new SnapshotPublisher(time, NullLogger<SnapshotPublisher>.Instance).PublishAsync(Pipeline(b.Path), Data(), default);

        Assert.Equal("20260114T081500Z", first.SnapshotId);
        var filesA = Directory.GetFiles(Path.Combine(a.Path, first.Path)).Select(Path.GetFileName).Order().ToList();
        Assert.Contains("datapackage.json", filesA);
        foreach (var name in filesA)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(a.Path, first.Path, name!)), File.ReadAllBytes(Path.Combine(b.Path, second.Path, name!)));
        }
    }

    [Fact]
    public async Task Publish_CsvAndJson_KeepChineseAndEncodeArraysAsTableSchemaArrays()
    {
        using var temp = new TempFolder();
        var snapshot = await new SnapshotPublisher(new FakeTimeProvider(Noon), NullLogger<SnapshotPublisher>.Instance).PublishAsync(Pipeline(temp.Path), Data(), default);
        var folder = Path.Combine(temp.Path, snapshot.Path);

        var csv = File.ReadAllText(Path.Combine(folder, "articles.csv"));
        var json = File.ReadAllText(Path.Combine(folder, "articles.json"));
        var figures = File.ReadAllText(Path.Combine(folder, "figures.csv"));

        Assert.Contains("\"[\"\"王远\"\",\"\"李明\"\"]\"", csv);
        Assert.Contains("\"标题，带逗号\"\"引号\"\"\"", csv);
        Assert.Contains("\"第一段。\n第二段，含逗号。\"", csv);
        Assert.Contains("\"reporters\":[\"王远\",\"李明\"]", json);
        var lines = json.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("[", lines[0]);
        Assert.Equal("]", lines[^1]);
        Assert.Equal(JsonDocument.Parse(json).RootElement.GetArrayLength(), lines.Length - 2);
        Assert.All(lines[1..^1], row => Assert.StartsWith("{\"article_id\":", row));
        Assert.Contains(",1000000000,元,approx,", figures);
        Assert.False(File.ReadAllBytes(Path.Combine(folder, "articles.csv")).AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]));
    }

    [Fact]
    public async Task Publish_MoreThanKeepSnapshots_RemovesTheOldestAndKeepsLatest()
    {
        using var temp = new TempFolder();
        var time = new FakeTimeProvider(Noon);
        var publisher = new SnapshotPublisher(time, NullLogger<SnapshotPublisher>.Instance);

        for (var i = 0; i < 4; i++)
        {
            await publisher.PublishAsync(Pipeline(temp.Path, keep: 2), Data(), default);
            time.Advance(TimeSpan.FromMinutes(30));
        }

        var kept = Directory.GetDirectories(Path.Combine(temp.Path, "snapshots")).Select(Path.GetFileName).OfType<string>().Order().ToArray();
        Assert.Equal(["20260114T091500Z", "20260114T094500Z"], kept);
        Assert.Equal("20260114T094500Z", publisher.ReadLatest(Pipeline(temp.Path))!.SnapshotId);
    }

    [Fact]
    public async Task Publish_Cancelled_LeavesPreviousSnapshotAsLatestAndNoTemporaryFolder()
    {
        using var temp = new TempFolder();
        var time = new FakeTimeProvider(Noon);
        var publisher = new SnapshotPublisher(time, NullLogger<SnapshotPublisher>.Instance);
        await publisher.PublishAsync(Pipeline(temp.Path), Data(), default);
        time.Advance(TimeSpan.FromMinutes(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            publisher.PublishAsync(Pipeline(temp.Path), Data(), new CancellationToken(canceled: true)));

        Assert.Equal("20260114T081500Z", publisher.ReadLatest(Pipeline(temp.Path))!.SnapshotId);
        Assert.Single(Directory.GetDirectories(Path.Combine(temp.Path, "snapshots")));
    }
}
