using Dapper;
using Microsoft.Data.Sqlite;
using WeiduEtl.Core.Rows;
using WeiduEtl.Core.Runs;
using WeiduEtl.Storage;
using WeiduEtl.Tests.Support;

namespace WeiduEtl.Tests.Storage;

public sealed class SqliteIssueStoreTests
{
    private static IssueRecord Record(string sourceUri, string sha, string headline, int articles = 1)
    {
        var issueId = "p-" + sourceUri.GetHashCode(StringComparison.Ordinal).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        var issue = new IssueRow
        {
            IssueId = issueId, Pipeline = "p", Publication = "人民日报", SourceUri = sourceUri, SourceSha256 = sha, SourceBytes = 3,
            MediaType = "text/plain", PageCount = 1, ArticleCount = articles, FirstSeenAt = "2026-01-01T00:00:00Z",
            ParsedAt = "2026-01-01T00:00:00Z", ParserVersion = "text-1", IssueDate = "2026-01-01", IssueDateBasis = "content",
        };
        var rows = Enumerable.Range(1, articles).Select(i => new ArticleRow
        {
            ArticleId = $"{issueId}-a{i:D4}", IssueId = issueId, Seq = i, Page = 1, Kind = "article", Headline = headline,
            Reporters = ["王远"], Subheadings = ["一、坚持", "二、创新"], Body = "正文。", ParagraphCount = 1, CharCount = 3, Bbox = [1.5, 2, 300, 400],
        }).ToList();
        var figures = new List<FigureRow> { new() { FigureId = $"{issueId}-f0001", ArticleId = rows[0].ArticleId, Text = "3.5万人", Value = 35000m, Unit = "人", Qualifier = "exact", CharStart = 0, CharEnd = 5 } };
        return new IssueRecord(issue, rows, [new ContributorRow { ArticleId = rows[0].ArticleId, Seq = 1, Name = "王远", Role = "reporter", CreditText = "本报记者 王远" }],
            [], figures, [], [], [1, 2, 3]);
    }

    [Fact]
    public async Task SaveIssue_ThenLoadDataset_RoundTripsArraysDecimalsAndBbox()
    {
        using var temp = new TempFolder();
        var store = new SqliteIssueStore(new SqliteConnectionFactory());
        var db = temp.File("weidu.db");

        await store.SaveIssueAsync(db, Record("a.txt", "sha-a", "标题"), default);
        var data = await store.LoadDatasetAsync(db, "p", default);

        var article = Assert.Single(data.Articles);
        Assert.Equal(["王远"], article.Reporters);
        Assert.Equal(["一、坚持", "二、创新"], article.Subheadings);
        Assert.Equal([1.5, 2, 300, 400], article.Bbox!);
        Assert.Equal(35000m, Assert.Single(data.Figures).Value);
        Assert.Equal("本报记者 王远", Assert.Single(data.Contributors).CreditText);
    }

    [Fact]
    public async Task SaveIssue_SameSourceAgain_ReplacesItsRowsAndKeepsFirstSeen()
    {
        using var temp = new TempFolder();
        var store = new SqliteIssueStore(new SqliteConnectionFactory());
        var db = temp.File("weidu.db");
        await store.SaveIssueAsync(db, Record("a.txt", "sha-a", "旧标题", articles: 3), default);
        var corrected = Record("a.txt", "sha-b", "新标题", articles: 2);

        await store.SaveIssueAsync(db, corrected with { Issue = corrected.Issue with { FirstSeenAt = "2026-02-01T00:00:00Z" } }, default);

        var data = await store.LoadDatasetAsync(db, "p", default);
        Assert.Equal("2026-01-01T00:00:00Z", Assert.Single(data.Issues).FirstSeenAt);
        Assert.Equal(["新标题", "新标题"], data.Articles.Select(a => a.Headline));
        Assert.True(await store.HasContentAsync(db, "p", "sha-b", default));
        Assert.False(await store.HasContentAsync(db, "p", "sha-a", default));
    }

    [Fact]
    public async Task SaveIssue_FailingMidway_LeavesEarlierRowsIntact()
    {
        using var temp = new TempFolder();
        var store = new SqliteIssueStore(new SqliteConnectionFactory());
        var db = temp.File("weidu.db");
        await store.SaveIssueAsync(db, Record("a.txt", "sha-a", "原标题"), default);
        var broken = Record("a.txt", "sha-b", "新标题");
        // Two figures with one id: the second insert violates the primary key after the articles went in.
        broken = broken with { Figures = [broken.Figures[0], broken.Figures[0]] };

        await Assert.ThrowsAsync<SqliteException>(() => store.SaveIssueAsync(db, broken, default));

        var data = await store.LoadDatasetAsync(db, "p", default);
        Assert.Equal("原标题", Assert.Single(data.Articles).Headline);
        Assert.Equal("sha-a", Assert.Single(data.Issues).SourceSha256);
    }

    [Fact]
    public async Task Migrate_TwiceAndFromTwoStores_AppliesEachVersionOnce()
    {
        using var temp = new TempFolder();
        var db = temp.File("weidu.db");

        await new SqliteIssueStore(new SqliteConnectionFactory()).MigrateAsync(db, default);
        await new SqliteIssueStore(new SqliteConnectionFactory()).MigrateAsync(db, default);

        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        Assert.Equal([1L, 2L, 3L, 4L], connection.Query<long>("SELECT version FROM schema_version ORDER BY version"));
        Assert.Equal("wal", connection.ExecuteScalar<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task RunLedger_RecordsRunsAndFailuresAndUnpublishedChanges()
    {
        using var temp = new TempFolder();
        var store = new SqliteIssueStore(new SqliteConnectionFactory());
        var db = temp.File("weidu.db");
        var run = await store.StartRunAsync(db, "p", "run", "2026-01-01T00:00:00Z", default);
        await store.RecordDocumentAsync(db, new RunDocument(run, "bad.txt", null, "failed", null, "the file is empty (0 bytes)"), default);
        await store.FinishRunAsync(db, new RunSummary { RunId = run, Pipeline = "p", Trigger = "run", StartedAt = "x", Status = "partial", Stored = 1, Failed = 1 }, default);

        Assert.True(await store.HasUnpublishedChangesAsync(db, "p", default));
        var failure = Assert.Single(await store.FailuresOfRunAsync(db, run, default));
        Assert.Equal("the file is empty (0 bytes)", failure.Error);
        Assert.Equal("partial", Assert.Single(await store.RecentRunsAsync(db, "p", 5, default)).Status);
    }
}
