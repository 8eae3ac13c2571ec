using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Rows;
using WeiduEtl.Publishing;
using WeiduEtl.Tests.Support;

namespace WeiduEtl.Tests.Publishing;

/// <summary>Datasets past the partitioning size: one file per table and issue month, unchanged months reused.</summary>
public sealed class PartitionedPublishTests
{
    private static readonly DateTimeOffset Noon = new(2026, 1, 14, 8, 15, 0, TimeSpan.Zero);

    internal static IssueRecord Issue(string name, string? date, string headline = "标题", string parsedAt = "2026-01-14T08:00:00Z")
    {
        var issueId = $"p-{name}";
        var article = new ArticleRow
        {
            ArticleId = $"{issueId}-a0001", IssueId = issueId, Seq = 1, Page = 1, Kind = "article", Headline = headline,
            Reporters = ["王远"], Body = "正文，含逗号。", ParagraphCount = 1, CharCount = 7,
        };
        return new IssueRecord(
            new IssueRow
            {
                IssueId = issueId, Pipeline = "p", Publication = "河南日报", IssueDate = date, SourceUri = $"pages/{name}.txt", SourceSha256 = "00",
                SourceBytes = 10, MediaType = "text/plain", PageCount = 1, ArticleCount = 1, FirstSeenAt = "2026-01-14T08:00:00Z",
                ParsedAt = parsedAt, ParserVersion = "text-1",
            },
            [article],
            [new ContributorRow { ArticleId = article.ArticleId, Seq = 1, Name = "王远", Role = "reporter", CreditText = "记者 王远" }],
            [],
            [new FigureRow { FigureId = $"{issueId}-f0001", ArticleId = article.ArticleId, Text = "10亿元", Value = 1000000000m, Unit = "元", Qualifier = "exact", CharStart = 0, CharEnd = 5, Rule = "figure-reader" }],
            [], [], []);
    }

    internal static DatasetTables Data(params IssueRecord[] records) =>
        new([.. records.Select(r => r.Issue)], [.. records.SelectMany(r => r.Articles)], [.. records.SelectMany(r => r.Contributors)], [],
            [.. records.SelectMany(r => r.Figures)], [], []);

    internal static PipelineOptions Pipeline(string output) => new() { Name = "p", Publication = "河南日报", Output = output, License = "CC-BY-4.0" };

    internal static SnapshotPublisher Publisher(TimeProvider time) =>
        new(time, NullLogger<SnapshotPublisher>.Instance) { PartitionFromArticles = 1 };

    /// <summary>A first publish of <paramref name="data"/> into <paramref name="output"/>; returns the snapshot's folder.</summary>
    internal static async Task<string> PublishFirstAsync(string output, long partitionFromArticles, DatasetTables data)
    {
        var publisher = new SnapshotPublisher(new FakeTimeProvider(Noon), NullLogger<SnapshotPublisher>.Instance) { PartitionFromArticles = partitionFromArticles };
        var snapshot = await publisher.PublishAsync(Pipeline(output), data, default);
        return Path.Combine(output, snapshot.Path);
    }

    internal static JsonElement Resource(string snapshotFolder, string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(snapshotFolder, "datapackage.json"))).RootElement
            .GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == name);

    [Fact]
    public async Task Publish_PastThePartitioningSize_WritesOneFilePerMonthListedAsOneMultipartResource()
    {
        using var temp = new TempFolder();
        var snapshot = await Publisher(new FakeTimeProvider(Noon)).PublishAsync(Pipeline(temp.Path),
            Data(Issue("a", "2019-10-02"), Issue("b", "2019-10-30"), Issue("c", "2019-11-01"), Issue("d", null)), default);
        var folder = Path.Combine(temp.Path, snapshot.Path);

        Assert.False(File.Exists(Path.Combine(folder, "articles.csv")));
        Assert.Equal(3, File.ReadAllLines(Path.Combine(folder, "articles", "2019-10.csv")).Length);
        var articles = Resource(folder, "articles");
        Assert.Equal(["articles/2019-10.csv", "articles/2019-11.csv", "articles/undated.csv"], articles.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(4, articles.GetProperty("rows").GetInt32());
        Assert.False(articles.TryGetProperty("hash", out _));
        var parts = articles.GetProperty("parts").EnumerateArray().ToList();
        Assert.Equal([2, 1, 1], parts.Select(p => p.GetProperty("rows").GetInt32()));
        Assert.All(parts, p => Assert.Equal(64, p.GetProperty("fingerprint").GetString()!.Length));
        Assert.Equal("articles/2019-10.json", Resource(folder, "articles-json").GetProperty("path")[0].GetString());
        Assert.Equal(4, snapshot.Tables["articles"]);
        Assert.Equal(4, snapshot.Tables["figures"]);
    }

    [Fact]
    public async Task Publish_OneNewIssue_ReusesTheUnchangedMonthsFilesAndFeedsOnlyTheNewRows()
    {
        using var temp = new TempFolder();
        var time = new FakeTimeProvider(Noon);
        var first = await Publisher(time).PublishAsync(Pipeline(temp.Path), Data(Issue("a", "2019-10-02"), Issue("c", "2019-11-01")), default);
        // Same size, other bytes: a file that was rewritten would not carry the mark into the next snapshot, a reused one does.
        var october = Path.Combine(temp.Path, first.Path, "articles", "2019-10.csv");
        var marked = File.ReadAllText(october).Replace("正文", "本文", StringComparison.Ordinal);
        File.Delete(october);
        File.WriteAllText(october, marked);
        time.Advance(TimeSpan.FromMinutes(30));

        var second = await Publisher(time).PublishAsync(Pipeline(temp.Path),
            Data(Issue("a", "2019-10-02"), Issue("c", "2019-11-01", headline: "改过的标题", parsedAt: "2026-01-14T08:40:00Z"), Issue("e", "2019-12-05")), default);
        var folder = Path.Combine(temp.Path, second.Path);

        Assert.Contains("本文", File.ReadAllText(Path.Combine(folder, "articles", "2019-10.csv")), StringComparison.Ordinal);
        Assert.Contains("改过的标题", File.ReadAllText(Path.Combine(folder, "articles", "2019-11.csv")), StringComparison.Ordinal);
        using var feed = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "changes.json")));
        var articles = feed.RootElement.GetProperty("tables").GetProperty("articles");
        Assert.Equal(["p-e-a0001"], articles.GetProperty("added").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("p-c-a0001", Assert.Single(articles.GetProperty("changed").EnumerateArray()).GetProperty("id").GetString());
        Assert.Empty(articles.GetProperty("removed").EnumerateArray());
        Assert.Equal(3, second.Tables["articles"]);
    }

    [Fact]
    public async Task Publish_ANewBuildWritingTheSameBytes_FeedsNoChangesWithoutReadingThePreviousFiles()
    {
        using var temp = new TempFolder();
        var time = new FakeTimeProvider(Noon);
        var data = Data(Issue("a", "2019-10-02"), Issue("c", "2019-11-01"));
        var first = await Publisher(time).PublishAsync(Pipeline(temp.Path), data, default);
        var previous = Path.Combine(temp.Path, first.Path);
        // As an older build left it: other fingerprints, so every month is written again. Its October JSON is
        // unreadable, which a feed that read it back would fail on; its manifest still lists the bytes it had.
        var manifest = Path.Combine(previous, "datapackage.json");
        File.WriteAllText(manifest, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(manifest), "\"fingerprint\": \"[0-9a-f]{64}\"", $"\"fingerprint\": \"{new string('0', 64)}\""));
        File.WriteAllText(Path.Combine(previous, "articles", "2019-10.json"), "not JSON");
        time.Advance(TimeSpan.FromMinutes(30));

        var second = await Publisher(time).PublishAsync(Pipeline(temp.Path), data, default);

        using var feed = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, second.Path, "changes.json")));
        Assert.All(feed.RootElement.GetProperty("tables").EnumerateObject(), table =>
            Assert.Equal(0, table.Value.GetProperty("counts").EnumerateObject().Sum(c => c.Value.GetInt32())));
        Assert.StartsWith("[", File.ReadAllText(Path.Combine(temp.Path, second.Path, "articles", "2019-10.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_AnIssueMovedToAnotherMonth_RewritesBothMonthsAndFeedsItAsChanged()
    {
        using var temp = new TempFolder();
        var time = new FakeTimeProvider(Noon);
        await Publisher(time).PublishAsync(Pipeline(temp.Path), Data(Issue("a", "2019-10-02"), Issue("b", "2019-10-03"), Issue("c", "2019-11-01")), default);
        time.Advance(TimeSpan.FromMinutes(30));

        var second = await Publisher(time).PublishAsync(Pipeline(temp.Path),
            Data(Issue("a", "2019-10-02"), Issue("b", "2019-11-03", parsedAt: "2026-01-14T08:40:00Z"), Issue("c", "2019-11-01")), default);
        var folder = Path.Combine(temp.Path, second.Path);

        Assert.Equal(2, File.ReadAllLines(Path.Combine(folder, "articles", "2019-10.csv")).Length);
        Assert.Equal(3, File.ReadAllLines(Path.Combine(folder, "articles", "2019-11.csv")).Length);
        using var feed = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "changes.json")));
        var tables = feed.RootElement.GetProperty("tables");
        Assert.Equal(0, tables.GetProperty("articles").GetProperty("counts").GetProperty("changed").GetInt32());
        var issues = tables.GetProperty("issues");
        Assert.Equal("p-b", Assert.Single(issues.GetProperty("changed").EnumerateArray()).GetProperty("id").GetString());
        Assert.Empty(issues.GetProperty("added").EnumerateArray());
        Assert.Empty(issues.GetProperty("removed").EnumerateArray());
    }

    [Fact]
    public async Task Publish_BelowThePartitioningSize_KeepsTheContractsSingleFiles()
    {
        using var temp = new TempFolder();
        var publisher = new SnapshotPublisher(new FakeTimeProvider(Noon), NullLogger<SnapshotPublisher>.Instance) { PartitionFromArticles = 5 };

        var snapshot = await publisher.PublishAsync(Pipeline(temp.Path), Data(Issue("a", "2019-10-02"), Issue("c", "2019-11-01")), default);

        var folder = Path.Combine(temp.Path, snapshot.Path);
        Assert.Equal("articles.csv", Resource(folder, "articles").GetProperty("path").GetString());
        Assert.False(Directory.Exists(Path.Combine(folder, "articles")));
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"sha256:{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, "articles.csv"))))}"),
            Resource(folder, "articles").GetProperty("hash").GetString());
    }
}
