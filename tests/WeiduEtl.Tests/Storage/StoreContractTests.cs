using System.Data.Common;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;
using WeiduEtl.Core.Runs;
using WeiduEtl.Storage;

namespace WeiduEtl.Tests.Storage;

/// <summary>
/// What every store must do, run against each kind of database (<see cref="SqliteStoreContractTests"/>,
/// PostgresStoreContractTests): the same calls, the same answers.
/// </summary>
public abstract partial class StoreContractTests : IAsyncLifetime, IDisposable
{
    private readonly StoreFactory _stores = new();

    /// <summary>Why this kind of database cannot be tested here, or null when it can.</summary>
    protected abstract string? SkipReason { get; }

    /// <summary>The database of this test, once <see cref="Open"/> made it.</summary>
    protected string? Database { get; private set; }

    /// <summary>A fresh, empty database for one test.</summary>
    protected abstract string NewDatabase();

    public Task InitializeAsync() => Task.CompletedTask;

    // xUnit 2 ends a test class through IAsyncLifetime (then IDisposable), not IAsyncDisposable: the database goes here.
    public async Task DisposeAsync()
    {
        await _stores.DisposeAsync();
        await DisposeDatabaseAsync();
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stores.Dispose();
        }
    }

    protected virtual ValueTask DisposeDatabaseAsync() => ValueTask.CompletedTask;

    private (IIssueStore Issues, IRunLedgerStore Runs, IFetchStateStore State) Open(StoreFactory? stores = null)
    {
        Skip.If(SkipReason is not null, SkipReason);
        var database = Database ??= NewDatabase();
        stores ??= _stores;
        return (stores.Issues(database), stores.Runs(database), stores.FetchState(database));
    }

    internal static IssueRecord Record(string sourceUri, string sha, string headline, int articles = 1)
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
        var figures = new List<FigureRow> { new() { FigureId = $"{issueId}-f0001", ArticleId = rows[0].ArticleId, Text = "3.5万人", Value = 35000m, Unit = "人", Qualifier = "exact", CharStart = 0, CharEnd = 5, Rule = "figure-reader" } };
        return new IssueRecord(issue, rows, [new ContributorRow { ArticleId = rows[0].ArticleId, Seq = 1, Name = "王远", Role = "reporter", CreditText = "本报记者 王远" }],
            [], figures, [], [], [1, 2, 3]);
    }

    [SkippableFact]
    public async Task SaveIssue_ThenLoadDataset_RoundTripsArraysDecimalsBboxAndSource()
    {
        var (store, _, _) = Open();

        await store.SaveIssueAsync(Record("a.txt", "sha-a", "标题"), default);
        var data = await store.LoadDatasetAsync("p", default);

        var article = Assert.Single(data.Articles);
        Assert.Equal(["王远"], article.Reporters);
        Assert.Equal(["一、坚持", "二、创新"], article.Subheadings);
        Assert.Equal([1.5, 2, 300, 400], article.Bbox!);
        Assert.Equal(35000m, Assert.Single(data.Figures).Value);
        Assert.Equal("本报记者 王远", Assert.Single(data.Contributors).CreditText);
        Assert.Equal([1, 2, 3], await store.LoadSourceContentAsync(data.Issues[0].IssueId, default));
    }

    [SkippableFact]
    public async Task ReadDataset_OneMonth_GivesThatMonthsIssuesAndTheirRowsOnly()
    {
        var (store, _, _) = Open();
        IssueRecord Dated(string source, string? date, int articles)
        {
            var record = Record(source, "sha-" + source, "标题", articles);
            return record with { Issue = record.Issue with { IssueDate = date } };
        }
        await store.SaveIssueAsync(Dated("sep.txt", "2019-09-30", 1), default);
        await store.SaveIssueAsync(Dated("oct-1.txt", "2019-10-01", 2), default);
        await store.SaveIssueAsync(Dated("oct-31.txt", "2019-10-31", 3), default);
        await store.SaveIssueAsync(Dated("nov.txt", "2019-11-01", 4), default);
        await store.SaveIssueAsync(Dated("undated.txt", null, 5), default);
        var dataset = store.ReadDataset("p");

        async Task<List<T>> Read<T>(string table, string? month) => [.. (await dataset.ReadAsync(table, month, default).ToListAsync()).Cast<T>()];

        Assert.Equal(["oct-1.txt", "oct-31.txt"], (await Read<IssueRow>("issues", "2019-10")).Select(i => i.SourceUri).Order(StringComparer.Ordinal));
        Assert.Equal(5, (await Read<ArticleRow>("articles", "2019-10")).Count);
        Assert.Equal(2, (await Read<FigureRow>("figures", "2019-10")).Count);
        Assert.Equal(2, (await Read<ContributorRow>("contributors", "2019-10")).Count);
        Assert.Equal(5, (await Read<ArticleRow>("articles", IDatasetReader.Undated)).Count);
        var all = await Read<ArticleRow>("articles", null);
        Assert.Equal(15, all.Count);
        Assert.Equal(all.Select(a => a.ArticleId).Order(StringComparer.Ordinal), all.Select(a => a.ArticleId));
    }

    [SkippableFact]
    public async Task ReadDataset_EveryTable_GivesTheRowsLoadDatasetGives()
    {
        var (store, _, _) = Open();
        var record = Record("a.txt", "sha-a", "标题", articles: 2);
        var article = record.Articles[0].ArticleId;
        var issue = record.Issue.IssueId;
        record = record with
        {
            Issue = record.Issue with { PageLabel = null, IssueDateBasis = null },
            Articles = [record.Articles[0] with { Bbox = null, Provenance = [new HeaderSource("headline", "title-block", 1)] }, record.Articles[1]],
            Photos =
            [
                new PhotoRow { PhotoId = $"{issue}-p0001", IssueId = issue, Page = 1, Caption = "晚报记者 摄" },
                new PhotoRow { PhotoId = $"{issue}-p0002", IssueId = issue, ArticleId = article, Page = 2, Bbox = [0, 0.25, 10, 20], WidthPx = 640, HeightPx = 480 },
            ],
            Dates = [new DateRow { DateId = $"{issue}-d0001", ArticleId = article, Text = "8月15日", Date = "2026-08-15", Precision = "day", CharStart = 1, CharEnd = 6, Rule = "date-month-first" }],
            Mentions = [new MentionRow { MentionId = $"{issue}-m0001", ArticleId = article, Kind = "person", Text = "县长李明", Name = "李明", Title = "县长", CharStart = 0, CharEnd = 4, Rule = "title-name", PersonKey = $"{article}:李明" }],
            Quotes = [new QuoteRow { QuoteId = $"{issue}-q0001", ArticleId = article, Text = "好", CharStart = 8, CharEnd = 9, Rule = "quote-unattributed" }],
        };
        await store.SaveIssueAsync(record, default);
        var loaded = await store.LoadDatasetAsync("p", default);
        var dataset = store.ReadDataset("p");

        async Task<string> Read(string table) => System.Text.Json.JsonSerializer.Serialize(await dataset.ReadAsync(table, null, default).ToListAsync());
        string Json<T>(IEnumerable<T> rows) => System.Text.Json.JsonSerializer.Serialize(rows.Cast<object>().ToList());

        Assert.Equal(Json(loaded.Issues), await Read("issues"));
        Assert.Equal(Json(loaded.Articles), await Read("articles"));
        Assert.Equal(Json(loaded.Contributors), await Read("contributors"));
        Assert.Equal(Json(loaded.Photos), await Read("photos"));
        Assert.Equal(Json(loaded.Figures), await Read("figures"));
        Assert.Equal(Json(loaded.Dates), await Read("dates"));
        Assert.Equal(Json(loaded.Mentions), await Read("mentions"));
        Assert.Equal(Json(loaded.Quotes), await Read("quotes"));
    }

    [SkippableFact]
    public async Task SaveIssue_SameSourceAgain_ReplacesItsRowsAndKeepsFirstSeen()
    {
        var (store, _, _) = Open();
        await store.SaveIssueAsync(Record("a.txt", "sha-a", "旧标题", articles: 3), default);
        var corrected = Record("a.txt", "sha-b", "新标题", articles: 2);

        await store.SaveIssueAsync(corrected with { Issue = corrected.Issue with { FirstSeenAt = "2026-02-01T00:00:00Z" } }, default);

        var data = await store.LoadDatasetAsync("p", default);
        Assert.Equal("2026-01-01T00:00:00Z", Assert.Single(data.Issues).FirstSeenAt);
        Assert.Equal(["新标题", "新标题"], data.Articles.Select(a => a.Headline));
        Assert.True(await store.HasContentAsync("p", "sha-b", default));
        Assert.False(await store.HasContentAsync("p", "sha-a", default));
        Assert.Equal("sha-b", await store.FindStoredShaAsync("p", "a.txt", default));
        Assert.Null(await store.FindStoredShaAsync("p", "b.txt", default));
    }

    [SkippableFact]
    public async Task SaveIssue_FailingMidway_LeavesEarlierRowsIntact()
    {
        var (store, _, _) = Open();
        await store.SaveIssueAsync(Record("a.txt", "sha-a", "原标题"), default);
        var broken = Record("a.txt", "sha-b", "新标题");
        // Two figures with one id: the second insert violates the primary key after the articles went in.
        broken = broken with { Figures = [broken.Figures[0], broken.Figures[0]] };

        await Assert.ThrowsAnyAsync<DbException>(() => store.SaveIssueAsync(broken, default));

        var data = await store.LoadDatasetAsync("p", default);
        Assert.Equal("原标题", Assert.Single(data.Articles).Headline);
        Assert.Equal("sha-a", Assert.Single(data.Issues).SourceSha256);
    }

    [SkippableFact]
    public async Task SaveIssue_FourWritersOfTheSameIssuesAtOnce_EachIssueStoredOnceAndWhole()
    {
        var (store, _, _) = Open();
        var sources = Enumerable.Range(1, 6).Select(i => $"page-{i}.txt").ToList();

        // Four writers (as cluster nodes re-running one batch) store the same six issues, two of them in reverse order.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            foreach (var source in w % 2 == 0 ? sources : Enumerable.Reverse(sources))
            {
                await store.SaveIssueAsync(Record(source, $"sha-{source}", $"标题{w}", articles: 3), default);
            }
        })));

        var data = await store.LoadDatasetAsync("p", default);
        Assert.Equal(sources, data.Issues.Select(i => i.SourceUri).Order(StringComparer.Ordinal));
        Assert.Equal(18, data.Articles.Count);
        Assert.All(data.Articles.GroupBy(a => a.IssueId), g => Assert.Single(g.Select(a => a.Headline).Distinct()));
    }

    [SkippableFact]
    public async Task ListSources_OrdersByIssueDateThenSourceOrdinally()
    {
        var (store, _, _) = Open();
        var late = Record("b.txt", "sha-b", "乙");
        await store.SaveIssueAsync(late with { Issue = late.Issue with { IssueDate = "2026-03-01" } }, default);
        await store.SaveIssueAsync(Record("a_1.txt", "sha-c", "丙"), default);
        await store.SaveIssueAsync(Record("a-2.txt", "sha-a", "甲"), default);

        var sources = await store.ListSourcesAsync("p", default);

        // Byte order ('-' before '_'), as SQLite sorts; a linguistic collation would ignore the punctuation.
        Assert.Equal(["a-2.txt", "a_1.txt", "b.txt"], sources.Select(s => s.SourceUri));
        Assert.Equal("text-1", sources[0].ParserVersion);
    }

    [SkippableFact]
    public async Task Migrate_TwiceAndFromTwoFactoriesAtOnce_IsHarmless()
    {
        var (store, _, _) = Open();
        await using var other = new StoreFactory();
        var (again, _, _) = Open(other);

        await Task.WhenAll(store.MigrateAsync(default), again.MigrateAsync(default));
        await store.MigrateAsync(default);
        await again.SaveIssueAsync(Record("a.txt", "sha-a", "标题"), default);

        Assert.Single((await store.LoadDatasetAsync("p", default)).Issues);
    }

    [SkippableFact]
    public async Task RunLedger_RecordsRunsAndFailuresAndUnpublishedChanges()
    {
        var (_, ledger, _) = Open();
        var run = await ledger.StartRunAsync("p", "run", "2026-01-01T00:00:00Z", default);
        await ledger.RecordDocumentAsync(new RunDocument(run, "bad.txt", null, "failed", null, "the file is empty (0 bytes)"), default);
        await ledger.FinishRunAsync(new RunSummary { RunId = run, Pipeline = "p", Trigger = "run", StartedAt = "x", Status = "partial", Stored = 1, Failed = 1 }, default);

        Assert.True(await ledger.HasUnpublishedChangesAsync("p", default));
        var failure = Assert.Single(await ledger.FailuresOfRunAsync(run, default));
        Assert.Equal("the file is empty (0 bytes)", failure.Error);
        Assert.Equal("partial", Assert.Single(await ledger.RecentRunsAsync("p", 5, default)).Status);
        Assert.Equal(["bad.txt"], await ledger.LastFailedSourcesAsync("p", default));
    }

    [SkippableFact]
    public async Task RunLedger_StartingARunWhileOneIsOpen_ClosesTheOldOneAsAbandonedWithItsCounts()
    {
        var (_, ledger, _) = Open();
        var first = await ledger.StartRunAsync("p", "run", "2026-01-01T00:00:00Z", default);
        await ledger.RecordDocumentAsync(new RunDocument(first, "a.txt", "sha-a", "stored", "p-a", null), default);

        var second = await ledger.StartRunAsync("p", "run", "2026-01-01T01:00:00Z", default);

        var runs = await ledger.RecentRunsAsync("p", 5, default);
        Assert.Equal([second, first], runs.Select(r => r.RunId));
        Assert.Equal(("abandoned", 1, 1), (runs[1].Status, runs[1].Seen, runs[1].Stored));
        Assert.True(await ledger.HasUnpublishedChangesAsync("p", default));
    }

    [SkippableFact]
    public async Task RunLedger_ADocumentRecordedOnceTwice_KeepsTheFirstOutcomeAndClosingCountsFromTheDocuments()
    {
        var (_, ledger, _) = Open();
        var run = await ledger.StartRunAsync("p", "run", "2026-01-01T00:00:00Z", default);
        await ledger.RecordDocumentOnceAsync(new RunDocument(run, "a.txt", "sha-a", "stored", "p-a", null), default);
        await ledger.RecordDocumentOnceAsync(new RunDocument(run, "b.txt", null, "failed", null, "unreadable"), default);

        // The batch runs again on another node: a.txt is now unchanged, b.txt fails again.
        await ledger.RecordDocumentOnceAsync(new RunDocument(run, "a.txt", "sha-a", "unchanged", null, null), default);
        await ledger.RecordDocumentOnceAsync(new RunDocument(run, "b.txt", null, "failed", null, "unreadable"), default);
        var closed = await ledger.CloseRunAsync(run, "partial", "2026-01-01T00:05:00Z", "snap-1", null, default);

        Assert.Equal(("partial", 2, 1, 0, 1, "snap-1"), (closed.Status, closed.Seen, closed.Stored, closed.Unchanged, closed.Failed, closed.SnapshotId));
        Assert.Equal(closed, Assert.Single(await ledger.RecentRunsAsync("p", 5, default)));
        Assert.False(await ledger.HasUnpublishedChangesAsync("p", default));
    }

    [SkippableFact]
    public async Task FetchState_SetTwice_KeepsTheLastValuePerPipeline()
    {
        var (_, _, state) = Open();
        await state.SetAsync("p", "etag", "\"1\"", default);
        await state.SetAsync("p", "etag", "\"2\"", default);
        await state.SetAsync("q", "etag", "\"9\"", default);

        Assert.Equal("\"2\"", await state.GetAsync("p", "etag", default));
        Assert.Equal("\"9\"", await state.GetAsync("q", "etag", default));
        Assert.Null(await state.GetAsync("p", "missing", default));
    }
}
