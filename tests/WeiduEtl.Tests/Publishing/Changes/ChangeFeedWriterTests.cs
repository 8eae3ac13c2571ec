using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Rows;
using WeiduEtl.Publishing;
using WeiduEtl.Publishing.Changes;
using WeiduEtl.Tests.Support;

namespace WeiduEtl.Tests.Publishing.Changes;

public sealed class ChangeFeedWriterTests
{
    private const string Issue = "weidu-de28348936e0";

    private static object IssueRow(string parsedAt = "2026-01-14T08:00:00Z") => new
    {
        issue_id = Issue, pipeline = "weidu", publication = "许昌日报", parsed_at = parsedAt, parser_version = "text-0.1",
    };

    private static object Article(int seq, string headline, string body = "第一段。") => new
    {
        article_id = $"{Issue}-a{seq:D4}", issue_id = Issue, seq, headline, reporters = new[] { "王远" }, body,
    };

    private static object Contributor(int article, int seq, string name) => new
    {
        article_id = $"{Issue}-a{article:D4}", seq, name, role = "reporter",
    };

    private static void WriteTable(string folder, string table, params object[] rows)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, $"{table}.json"), JsonSerializer.Serialize(rows));
    }

    private static JsonElement Feed(string folder) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "changes.json"))).RootElement;

    private static JsonElement Table(string folder, string table) => Feed(folder).GetProperty("tables").GetProperty(table);

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public async Task WriteAsync_NoPreviousSnapshot_ListsEveryRowAddedAndReturnsNull()
    {
        using var temp = new TempFolder();
        var current = temp.File("20260114T081500Z");
        WriteTable(current, "issues", IssueRow());
        WriteTable(current, "articles", Article(1, "标题一"), Article(2, "标题二"));

        var summary = await ChangeFeedWriter.WriteAsync(current, null, default);

        Assert.Null(summary);
        Assert.Equal(JsonValueKind.Null, Feed(current).GetProperty("previous_snapshot_id").ValueKind);
        Assert.Equal([$"{Issue}-a0001", $"{Issue}-a0002"], Strings(Table(current, "articles").GetProperty("added")));
        Assert.Equal(2, Table(current, "articles").GetProperty("counts").GetProperty("added").GetInt32());
        Assert.Empty(Table(current, "figures").GetProperty("added").EnumerateArray());
    }

    [Fact]
    public async Task WriteAsync_RowsAddedChangedAndRemoved_ListsEachIdWithTheChangedFieldNames()
    {
        using var temp = new TempFolder();
        var previous = temp.File("20260114T081500Z");
        var current = temp.File(".tmp-20260115T081500Z-abc");
        WriteTable(previous, "articles", Article(1, "标题一"), Article(2, "标题二"), Article(3, "标题三"));
        WriteTable(current, "articles", Article(1, "标题一"), Article(2, "标题二（更正）", "第一段。\n第二段。"), Article(4, "标题四"));

        var summary = await ChangeFeedWriter.WriteAsync(current, previous, default);

        Assert.NotNull(summary);
        Assert.Equal("20260114T081500Z", summary.PreviousSnapshotId);
        Assert.Equal(new TableChangeCount("articles", 1, 1, 1), summary.Tables.Single(t => t.Table == "articles"));
        Assert.Equal("20260114T081500Z", Feed(current).GetProperty("previous_snapshot_id").GetString());
        var articles = Table(current, "articles");
        Assert.Equal([$"{Issue}-a0004"], Strings(articles.GetProperty("added")));
        Assert.Equal([$"{Issue}-a0003"], Strings(articles.GetProperty("removed")));
        var changed = Assert.Single(articles.GetProperty("changed").EnumerateArray());
        Assert.Equal($"{Issue}-a0002", changed.GetProperty("id").GetString());
        Assert.Equal(["headline", "body"], Strings(changed.GetProperty("fields")));
        Assert.Equal(["article_id"], Strings(articles.GetProperty("primary_key")));
    }

    [Fact]
    public async Task WriteAsync_ContributorsCompositeKey_IdsAreArraysInKeyOrder()
    {
        using var temp = new TempFolder();
        var previous = temp.File("a");
        var current = temp.File("b");
        WriteTable(previous, "contributors", Contributor(1, 1, "王远"), Contributor(1, 2, "李明"));
        WriteTable(current, "contributors", Contributor(1, 1, "王远"), Contributor(1, 2, "李敏"), Contributor(2, 1, "张铮"));

        await ChangeFeedWriter.WriteAsync(current, previous, default);

        var contributors = Table(current, "contributors");
        Assert.Equal(["article_id", "seq"], Strings(contributors.GetProperty("primary_key")));
        var added = Assert.Single(contributors.GetProperty("added").EnumerateArray());
        Assert.Equal($"[\"{Issue}-a0002\",1]", added.GetRawText());
        var changed = Assert.Single(contributors.GetProperty("changed").EnumerateArray());
        Assert.Equal($"[\"{Issue}-a0001\",2]", changed.GetProperty("id").GetRawText());
        Assert.Equal(["name"], Strings(changed.GetProperty("fields")));
    }

    [Fact]
    public async Task WriteAsync_OnlyParsedAtDiffers_ListsTheIssueAsChangedSoTheFeedRebuildsTheSnapshot()
    {
        using var temp = new TempFolder();
        var previous = temp.File("a");
        var current = temp.File("b");
        WriteTable(previous, "issues", IssueRow("2026-01-14T08:00:00Z"));
        WriteTable(current, "issues", IssueRow("2026-01-15T08:00:00Z"));

        var summary = await ChangeFeedWriter.WriteAsync(current, previous, default);

        var changed = Assert.Single(Table(current, "issues").GetProperty("changed").EnumerateArray());
        Assert.Equal(["parsed_at"], Strings(changed.GetProperty("fields")));
        Assert.Equal(1, summary!.Changed);
        Assert.Equal(0, summary.Added + summary.Removed);
    }

    [Fact]
    public async Task WriteAsync_FieldOnlyInOneSnapshot_CountsAsChanged()
    {
        using var temp = new TempFolder();
        var previous = temp.File("a");
        var current = temp.File("b");
        WriteTable(previous, "dates", new { date_id = "d1", text = "8月15日" });
        WriteTable(current, "dates", new { date_id = "d1", text = "8月15日", part_of_day = "上午" });

        await ChangeFeedWriter.WriteAsync(current, previous, default);

        var changed = Assert.Single(Table(current, "dates").GetProperty("changed").EnumerateArray());
        Assert.Equal(["part_of_day"], Strings(changed.GetProperty("fields")));
    }

    [Fact]
    public async Task WriteAsync_SameTables_ListsNothing()
    {
        using var temp = new TempFolder();
        var previous = temp.File("a");
        var current = temp.File("b");
        foreach (var folder in new[] { previous, current })
        {
            WriteTable(folder, "issues", IssueRow());
            WriteTable(folder, "articles", Article(1, "标题一"));
        }

        var summary = await ChangeFeedWriter.WriteAsync(current, previous, default);

        Assert.Equal(0, summary!.Added + summary.Changed + summary.Removed);
        Assert.Equal(ChangeFeedWriter.Tables.Count, summary.Tables.Count);
    }

    [Fact]
    public async Task WriteAsync_PreviousFolderMissing_TreatedAsFirstRelease()
    {
        using var temp = new TempFolder();
        var current = temp.File("b");
        WriteTable(current, "issues", IssueRow());

        var summary = await ChangeFeedWriter.WriteAsync(current, temp.File("pruned"), default);

        Assert.Null(summary);
        Assert.Equal([Issue], Strings(Table(current, "issues").GetProperty("added")));
    }

    [Fact]
    public async Task WriteAsync_DuplicatePrimaryKey_ThrowsNamingTableAndKey()
    {
        using var temp = new TempFolder();
        var current = temp.File("b");
        WriteTable(current, "articles", Article(1, "一"), Article(1, "二"));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ChangeFeedWriter.WriteAsync(current, null, default));

        Assert.Contains("articles.json", error.Message);
        Assert.Contains($"{Issue}-a0001", error.Message);
    }

    [Fact]
    public async Task WriteAsync_SameSnapshotsTwice_WritesByteIdenticalFeeds()
    {
        using var temp = new TempFolder();
        var previous = temp.File("a");
        WriteTable(previous, "articles", Article(1, "一"), Article(3, "三"));
        var first = temp.File("b");
        var second = temp.File("c");
        foreach (var folder in new[] { first, second })
        {
            WriteTable(folder, "articles", Article(2, "二"), Article(1, "一（改）"));
            await ChangeFeedWriter.WriteAsync(folder, previous, default);
        }

        Assert.Equal(File.ReadAllBytes(Path.Combine(first, "changes.json")), File.ReadAllBytes(Path.Combine(second, "changes.json")));
        Assert.DoesNotContain("\\u", File.ReadAllText(Path.Combine(first, "changes.json")));
    }

    [Fact]
    public async Task WriteAsync_BetweenTwoPublishedSnapshots_ReadsThePublishersFilesAndReadsBack()
    {
        using var temp = new TempFolder();
        var pipeline = new PipelineOptions { Name = "p", Publication = "许昌日报", Output = temp.Path, License = "CC-BY-4.0" };
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 14, 8, 15, 0, TimeSpan.Zero));
        var publisher = new SnapshotPublisher(time, NullLogger<SnapshotPublisher>.Instance);
        var first = await publisher.PublishAsync(pipeline, Data("旧标题"), default);
        time.Advance(TimeSpan.FromHours(1));
        var second = await publisher.PublishAsync(pipeline, Data("新标题"), default);

        var summary = await ChangeFeedWriter.WriteAsync(Path.Combine(temp.Path, second.Path), Path.Combine(temp.Path, first.Path), default);

        Assert.Equal(first.SnapshotId, summary!.PreviousSnapshotId);
        Assert.Equal(new TableChangeCount("articles", 0, 1, 0), summary.Tables.Single(t => t.Table == "articles"));
        Assert.Equal(0, summary.Tables.Where(t => t.Table != "articles").Sum(t => t.Added + t.Changed + t.Removed));
        var read = ChangeFeedReader.TryRead(Path.Combine(temp.Path, second.Path));
        Assert.NotNull(read);
        Assert.Equal(first.SnapshotId, read.PreviousSnapshotId);
        Assert.Equal(summary.Tables, read.Tables);
    }

    [Fact]
    public void TryRead_SnapshotWithoutFeed_ReturnsNull()
    {
        using var temp = new TempFolder();

        Assert.Null(ChangeFeedReader.TryRead(temp.Path));
    }

    private static DatasetTables Data(string headline) => new(
        [new IssueRow
        {
            IssueId = "p-abc", Pipeline = "p", Publication = "许昌日报", PageLabel = "魏都区", SourceUri = "seeds/a.txt", SourceSha256 = "00",
            SourceBytes = 10, MediaType = "text/plain", PageCount = 1, ArticleCount = 1,
            FirstSeenAt = "2026-01-14T08:00:00Z", ParsedAt = "2026-01-14T08:00:00Z", ParserVersion = "text-1",
        }],
        [new ArticleRow { ArticleId = "p-abc-a0001", IssueId = "p-abc", Seq = 1, Page = 1, Kind = "article", Headline = headline, Body = "第一段。", ParagraphCount = 1, CharCount = 4 }],
        [], [], [], [], []);
}
