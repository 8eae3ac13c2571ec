using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using WeiduEtl.Core;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;
using WeiduEtl.Parsing;
using WeiduEtl.Publishing;
using WeiduEtl.Sources;
using WeiduEtl.Storage;
using WeiduEtl.Storage.Search;
using WeiduEtl.Storage.Sqlite;
using WeiduEtl.Tests.Parsing.Figures;

namespace WeiduEtl.Tests.Storage;

/// <summary>
/// The search indexes' queue (migration 11) on a SQLite file: the store's transaction queues new and changed articles
/// and takes out what changed or went at once; the index catches up at a pass's end, or when a process next opens the store.
/// </summary>
public sealed partial class SqliteStoreContractTests
{
    [Fact]
    public async Task Pass_StoresPages_TheirArticlesAreSearchableOnceItEndsAndNothingIsLeftQueued()
    {
        var pages = Directory.CreateDirectory(_temp.File("pages"));
        var seed = string.Join('\n', SeedPage.Lines());
        for (var i = 1; i <= 3; i++)
        {
            File.WriteAllText(Path.Combine(pages.FullName, $"page-{i}.txt"), seed + $"\n\n本报讯 第{i}份副本的补充说明。\n");
        }
        var pipeline = new PipelineOptions
        {
            Name = "weidu", Publication = "许昌日报", PageLabel = "魏都区", Database = _temp.File("pass.db"), Output = _temp.File("output"),
            Source = new SourceOptions { Type = "folder", Path = "pages", Include = ["*.txt"], BaseDirectory = _temp.Path },
        };
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System);
        services.AddWeiduCore().AddWeiduParsing().AddWeiduSources().AddWeiduStorage().AddWeiduPublishing();
        await using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<EtlPipeline>().RunAsync(pipeline, "test", null, default);

        Assert.Equal(3, result.Summary.Stored);
        var reader = provider.GetRequiredService<IArticleReaders>().Reader(pipeline.Database);
        Assert.Equal(1, (await reader.SearchAsync(new ArticleSearchQuery { Text = "第2份副本" }, default)).Total);
        Assert.Equal(3, (await reader.SearchAsync(new ArticleSearchQuery { Text = "补充说明" }, default)).Total);
        Assert.Equal((0L, Count(pipeline.Database, "articles")), (Count(pipeline.Database, "article_search_queue"), Count(pipeline.Database, "article_search_ids")));
    }

    [Fact]
    public async Task SaveIssue_ArticleChangedAndOneRemoved_OldTextIsNotFoundBeforeTheCatchUpNorAfter()
    {
        var db = _temp.File("changed.db");
        await using var stores = new StoreFactory();
        var (store, reader) = (stores.Issues(db), stores.Reader(db));
        async Task<List<int>> Totals(params string[] texts)
        {
            var totals = new List<int>();
            foreach (var text in texts)
            {
                totals.Add((await reader.SearchAsync(new ArticleSearchQuery { Text = text }, default)).Total);
            }
            return totals;
        }
        await store.SaveIssueAsync(Issue("weidu", "2026-03-02", "要闻", Stored), default);
        await store.CatchUpSearchAsync(default);

        // The second article's body changed, and the first article is gone: the page now holds one article.
        await store.SaveIssueAsync(Issue("weidu", "2026-03-02", "要闻", [Reparsed[1]]), default);
        var beforeCatchUp = await Totals("老旧小区12个", "3000户", "集成电路产业园", "魏", "背街小巷");
        var indexed = await store.CatchUpSearchAsync(default);

        Assert.Equal([0, 0, 0, 0, 0], beforeCatchUp);
        Assert.Equal(1, indexed);
        var after = await Totals("老旧小区12个", "3000户", "集成电路产业园", "魏", "背街小巷", "900户");
        Assert.Equal([0, 0, 0, 0, 1, 1], after);
        await AssertIndexesAsFreshAsync(db, Issue("weidu", "2026-03-02", "要闻", [Reparsed[1]]));
    }

    [Fact]
    public async Task SaveIssue_ChangedAgainWhileStillQueued_IndexesOnlyTheLastText()
    {
        var db = _temp.File("queued-twice.db");
        await using var stores = new StoreFactory();
        var (store, reader) = (stores.Issues(db), stores.Reader(db));
        async Task<int> Total(string text) => (await reader.SearchAsync(new ArticleSearchQuery { Text = text }, default)).Total;
        await store.SaveIssueAsync(Issue("weidu", "2026-03-02", "要闻", Stored), default);

        var reparsed = Issue("weidu", "2026-03-02", "要闻", Reparsed);
        await store.SaveIssueAsync(reparsed, default);
        await store.CatchUpSearchAsync(default);

        int[] found = [await Total("老旧小区12个"), await Total("背街小巷"), await Total("产业园")];
        Assert.Equal([0, 1, 1], found);
        await AssertIndexesAsFreshAsync(db, reparsed);
    }

    [Fact]
    public async Task Crash_BetweenStoreAndCatchUp_TheQueueIsIndexedWhenTheStoreIsNextOpened()
    {
        var db = _temp.File("crash.db");
        await using (var crashed = new StoreFactory())
        {
            // A process that stored and never caught up: killed between its last batch and the pass's end.
            await crashed.Issues(db).SaveIssuesAsync([Issue("weidu", "2026-03-02", "要闻", Stored), Issue("weidu", "2026-04-10", "民生", Reparsed)], default);
        }
        var queued = Count(db, "article_search_queue");

        await using var next = new StoreFactory();
        var found = await next.Reader(db).SearchAsync(new ArticleSearchQuery { Text = "惠及居民" }, default);

        Assert.Equal(4, queued);
        Assert.Equal(2, found.Total);
        Assert.Equal((0L, 4L), (Count(db, "article_search_queue"), Count(db, "article_search_ids")));
    }

    [Fact]
    public async Task Migration11_OnAStoreAsVersion10LeftIt_QueuesNewArticlesAndKeepsTheIndexedOnes()
    {
        var db = _temp.File("v10.db");
        var old = Issue("weidu", "2026-03-02", "要闻", Stored);
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False;Foreign Keys=True"))
        {
            await connection.OpenAsync();
            Assert.Equal(10, await SqliteSchemaMigrator.MigrateAsync(connection, 10, default));
        }
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False;Foreign Keys=True"))
        {
            // As a build of migration 10 stored it: indexed in the store's transaction. The queue's table is not there yet.
            await connection.OpenAsync();
            using var tx = connection.BeginTransaction();
            await RowWriter<IssueRow>.InsertAsync(connection, tx, "issues", [old.Issue], default);
            await RowWriter<ArticleRow>.InsertAsync(connection, tx, "articles", old.Articles, default);
            await connection.ExecuteAsync($"""
                INSERT INTO article_search_ids (article_id, issue_date, pipeline, section, kind, reporters)
                SELECT a.article_id, i.issue_date, i.pipeline, a.section, a.kind, a.reporters FROM articles a JOIN issues i ON i.issue_id = a.issue_id;
                INSERT INTO article_search (rowid, headline, body)
                SELECT ids.search_rowid, coalesce(a.headline, '') || '  ', a.body || '  ' FROM article_search_ids ids JOIN articles a ON a.article_id = ids.article_id;
                INSERT INTO article_letters (rowid, headline, body)
                SELECT ids.search_rowid, {SpacedLetters.Of("coalesce(a.headline, '')")}, {SpacedLetters.Of("a.body")} FROM article_search_ids ids JOIN articles a ON a.article_id = ids.article_id;
                """, transaction: tx);
            tx.Commit();
        }

        await using var reopened = new StoreFactory();
        var reader = reopened.Reader(db);
        async Task<int> Total(string text) => (await reader.SearchAsync(new ArticleSearchQuery { Text = text }, default)).Total;
        int[] stored = [await Total("老旧小区12个"), await Total("产业园")];
        await reopened.Issues(db).SaveIssueAsync(Issue("weidu", "2026-03-02", "要闻", Reparsed), default);
        var queued = Count(db, "article_search_queue");
        await reopened.Issues(db).CatchUpSearchAsync(default);

        Assert.Equal([1, 1], stored);
        Assert.Equal(1, queued);
        int[] found = [await Total("老旧小区12个"), await Total("背街小巷"), await Total("产业园")];
        Assert.Equal([0, 1, 1], found);
        await AssertIndexesAsFreshAsync(db, Issue("weidu", "2026-03-02", "要闻", Reparsed));
    }

    [Fact]
    public async Task CatchUp_OfMoreArticlesThanATransactionHolds_ReportsAfterEachHowManyAreAddedAndHowManyWait()
    {
        var db = _temp.File("progress.db");
        await using var stores = new StoreFactory();
        var store = stores.Issues(db);
        for (var day = 1; day <= 12; day++)
        {
            var articles = Enumerable.Range(1, 100).Select(n => ($"第{n}条消息", $"3月{day}日，魏都区第{n}个项目开工。", "王远")).ToArray();
            await store.SaveIssueAsync(Issue("weidu", $"2026-03-{day:D2}", "要闻", articles), default);
        }
        var reports = new List<SearchIndexProgress>();

        var indexed = await store.CatchUpSearchAsync(new ListProgress(reports), default);

        Assert.Equal(1_200, indexed);
        Assert.Equal([new(500, 700), new(1_000, 200), new(1_200, 0)], reports);
    }

    [Fact]
    public async Task Open_CatchUpOfWhatAStoppedPassLeftQueuedFails_TheStoreStillAnswersWarnsAndKeepsTheArticlesQueued()
    {
        var db = _temp.File("broken-index.db");
        await using (var stores = new StoreFactory())
        {
            await stores.Issues(db).SaveIssueAsync(Issue("weidu", "2026-03-02", "要闻", Stored), default);
        }
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Execute("DROP TABLE article_letters");
        }
        var logger = new FakeLogger<StoreFactory>();
        await using var reopened = new StoreFactory(logger);

        var sources = await reopened.Issues(db).ListSourcesAsync("weidu", default);

        Assert.Single(sources);
        var warning = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains(db, warning.Message, StringComparison.Ordinal);
        Assert.Contains("article_letters", warning.Message, StringComparison.Ordinal);
        Assert.Equal(Stored.Length, Count(db, "article_search_queue"));
    }

    /// <summary>Keeps each report as it comes, on the reporting thread (<see cref="Progress{T}"/> would post it elsewhere).</summary>
    private sealed class ListProgress(List<SearchIndexProgress> reports) : IProgress<SearchIndexProgress>
    {
        public void Report(SearchIndexProgress value) => reports.Add(value);
    }

    private static long Count(string db, string table)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        return connection.ExecuteScalar<long>($"SELECT count(*) FROM {table}");
    }
}
