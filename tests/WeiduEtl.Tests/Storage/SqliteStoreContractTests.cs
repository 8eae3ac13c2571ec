using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Testing;
using WeiduEtl.Core.Rows;
using WeiduEtl.Storage;
using WeiduEtl.Storage.Search;
using WeiduEtl.Storage.Sqlite;
using WeiduEtl.Tests.Support;

namespace WeiduEtl.Tests.Storage;

/// <summary>The store contract on a SQLite file, plus what only SQLite has (WAL, the file's schema_version).</summary>
public sealed partial class SqliteStoreContractTests : StoreContractTests
{
    private readonly TempFolder _temp = new();

    protected override string? SkipReason => null;

    protected override string NewDatabase() => _temp.File("weidu.db");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            _temp.Dispose();
        }
    }

    [Fact]
    public async Task Migration5_OnADatabaseWithArticles_IndexesThemAll()
    {
        // Back to schema version 4 with its article kept: what a database from before the search index holds.
        var db = await OlderDatabaseAsync(("旧库里的稿件", "存于第4版数据库的正文。", "王远"), """
            DROP TRIGGER article_search_delete; DROP TRIGGER article_search_update;
            DROP TRIGGER article_search_facets; DROP TRIGGER article_search_issue;
            DROP TABLE article_search; DROP TABLE article_search_ids; DROP TABLE article_letters; DROP TABLE article_search_generation;
            DROP INDEX ix_issues_pipeline_date; DROP INDEX ix_mentions_name; DROP INDEX ix_quotes_speaker; DROP INDEX ix_contributors_name;
            DELETE FROM schema_version WHERE version IN (5, 7, 8, 9, 10, 12);
            """);

        await using var reopened = new StoreFactory();
        var found = await reopened.Reader(db).SearchAsync(new ArticleSearchQuery { Text = "数据库的正文" }, default);

        Assert.Equal("weidu-2026-03-02-a0001", Assert.Single(found.Items).ArticleId);
    }

    [Fact]
    public async Task Migration7_OnADatabaseIndexedUnpadded_FindsALetterAtTheEndOfABody()
    {
        // Back to schema version 6: the index as migration 5 built it, each column's last two letters starting no trigram.
        var db = await OlderDatabaseAsync(("旧库", "第6版数据库的正文末尾是鹿", "王远"), $"""
            {BackToVersion7}
            INSERT INTO article_search (article_search) VALUES ('delete-all');
            INSERT INTO article_search (rowid, headline, body)
            SELECT ids.search_rowid, coalesce(a.headline, ''), a.body FROM article_search_ids ids JOIN articles a ON a.article_id = ids.article_id;
            DELETE FROM schema_version WHERE version IN (7, 12);
            """);

        await using var reopened = new StoreFactory();
        var found = await reopened.Reader(db).SearchAsync(new ArticleSearchQuery { Text = "鹿" }, default);
        await reopened.Issues(db).SaveIssueAsync(Issue("weidu", "2026-03-02", "要闻", [("新库", "更正后没有那个字", "王远")]), default);
        var replaced = await reopened.Reader(db).SearchAsync(new ArticleSearchQuery { Text = "鹿" }, default);

        Assert.Equal("weidu-2026-03-02-a0001", Assert.Single(found.Items).ArticleId);
        Assert.Equal(0, replaced.Total);
    }

    [Fact]
    public async Task Migration8_OnADatabaseWithArticles_FindsCommonLettersWithTheirFacets()
    {
        var db = await OlderDatabaseAsync(("第7版", "旧库的正文，的的确确。", "王远"), BackToVersion7);

        await using var reopened = new StoreFactory();
        var one = await reopened.Reader(db).SearchAsync(new ArticleSearchQuery { Text = "的" }, default);
        var two = await reopened.Reader(db).SearchAsync(new ArticleSearchQuery { Text = "正文", Month = "2026-03", Reporter = "王远", Section = "要闻" }, default);
        await reopened.Issues(db).SaveIssueAsync(Issue("weidu", "2026-03-02", "要闻", [("新库", "更正后只有一个字", "王远")]), default);
        var replaced = await reopened.Reader(db).SearchAsync(new ArticleSearchQuery { Text = "的" }, default);

        Assert.Equal("weidu-2026-03-02-a0001", Assert.Single(one.Items).ArticleId);
        Assert.Equal([new FacetValue("2026-03", 1)], one.Facets["month"]);
        Assert.Equal([new FacetValue("王远", 1)], one.Facets["reporter"]);
        Assert.Equal(1, two.Total);
        Assert.Equal(0, replaced.Total);
    }

    [Fact]
    public async Task IssueOrArticleChangedInPlace_FacetsAndFiltersFollow()
    {
        var db = await OlderDatabaseAsync(("标题", "正文里的字", "王远"), """
            UPDATE issues SET issue_date = '2026-05-01', pipeline = 'other';
            UPDATE articles SET section = '民生', kind = 'brief', reporters = '["孙悦"]';
            """);

        await using var reopened = new StoreFactory();
        var found = await reopened.Reader(db).SearchAsync(new ArticleSearchQuery { Text = "字", Pipeline = "other", Month = "2026-05", Section = "民生", Kind = "brief", Reporter = "孙悦" }, default);

        Assert.Equal(1, found.Total);
        Assert.Equal("2026-05-01", Assert.Single(found.Items).IssueDate);
        Assert.Equal([new FacetValue("孙悦", 1)], found.Facets["reporter"]);
    }

    [Fact]
    public async Task Migration10_OnAStoreIndexedByVersion9sTriggers_FindsItsArticlesAndReplacesThemLeavingNoStaleRows()
    {
        // A store as migration 9 left it: its articles indexed by that version's triggers, the letter index spelled out in SQL.
        var db = _temp.File("v9.db");
        var old = Issue("weidu", "2026-03-02", "要闻", [("旧库标题", "第9版数据库的正文，的的确确是鹿。", "王远"), ("长文", LongText, "孙悦")]);
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False;Foreign Keys=True"))
        {
            await connection.OpenAsync();
            Assert.Equal(9, await SqliteSchemaMigrator.MigrateAsync(connection, 9, default));
            using var tx = connection.BeginTransaction();
            await RowWriter<IssueRow>.InsertAsync(connection, tx, "issues", [old.Issue], default);
            await RowWriter<ArticleRow>.InsertAsync(connection, tx, "articles", old.Articles, default);
            tx.Commit();
        }

        await using var reopened = new StoreFactory();
        var reader = reopened.Reader(db);
        async Task<int> Total(string text) => (await reader.SearchAsync(new ArticleSearchQuery { Text = text }, default)).Total;
        int[] before = [await Total("鹿"), await Total("确确"), await Total("数据库"), await Total("界限"), await Total("的")];
        var replacement = Issue("weidu", "2026-03-02", "要闻", [("新库标题", "更正后的正文写着马。", "王远")]);
        await reopened.Issues(db).SaveIssueAsync(replacement, default);
        await reopened.Issues(db).CatchUpSearchAsync(default);
        int[] after = [await Total("鹿"), await Total("确确"), await Total("数据库"), await Total("界限"), await Total("的")];
        int[] fresh = [await Total("马"), await Total("写着"), await Total("新库标题")];

        Assert.Equal([1, 1, 1, 1, 1], before);
        Assert.Equal([0, 0, 0, 0, 1], after);
        Assert.Equal([1, 1, 1], fresh);
        // The old rows are gone from the indexes themselves, not only hidden by their row numbers' going.
        await AssertIndexesAsFreshAsync(db, replacement);
        using var check = new SqliteConnection($"Data Source={db};Pooling=False");
        Assert.Equal(0, check.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE name = 'article_search_insert'"));
    }

    [Fact]
    public async Task Migration12_OnAStoreAsVersion11LeftIt_IndexesEveryArticleAnewAndQueuesAnArticleEditedByHand()
    {
        var db = _temp.File("v11.db");
        var old = Issue("weidu", "2026-03-02", "要闻", [("旧库标题", "第11版数据库的正文，的的确确是鹿。", "王远"), ("长文", LongText, "孙悦")]);
        await Version11DatabaseAsync(db, old);
        var logger = new FakeLogger<StoreFactory>();

        await using var reopened = new StoreFactory(logger);
        var reader = reopened.Reader(db);
        async Task<int> Total(string text) => (await reader.SearchAsync(new ArticleSearchQuery { Text = text }, default)).Total;
        int[] found = [await Total("鹿"), await Total("确确"), await Total("数据库"), await Total("界限"), await Total("的"), await Total("旧库标题")];
        using (var edit = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            edit.Execute("UPDATE articles SET body = '改过的正文写着马。' WHERE article_id = 'weidu-2026-03-02-a0001'");
        }
        int[] edited = [await Total("鹿"), await Total("写着马")];
        await reopened.Issues(db).CatchUpSearchAsync(default);
        int[] caughtUp = [await Total("鹿"), await Total("写着马"), await Total("马"), await Total("旧库标题")];

        Assert.Equal([1, 1, 1, 1, 1, 1], found);
        // Re-indexing a whole store on its first opening takes minutes at 100,000 articles: the operator is told.
        Assert.Contains($"Search index of {db} caught up on opening it: 2 articles added", logger.Collector.GetSnapshot().Select(r => r.Message));
        Assert.Equal([0, 0], edited);
        Assert.Equal([0, 1, 1, 1], caughtUp);
        using var check = new SqliteConnection($"Data Source={db};Pooling=False");
        Assert.Equal(0, check.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE name = 'article_search'"));
        Assert.Equal(0, Count(db, "article_search_queue"));
        await AssertIndexesAsFreshAsync(db, Issue("weidu", "2026-03-02", "要闻", [("旧库标题", "改过的正文写着马。", "王远"), ("长文", LongText, "孙悦")]));
    }

    /// <summary>Every term of a full-text index with the number of rows holding it (fts5vocab), in order.</summary>
    private static List<string> Vocabulary(SqliteConnection connection, string index)
    {
        connection.Execute($"CREATE VIRTUAL TABLE temp.vocabulary_{index} USING fts5vocab(main, {index}, 'row')");
        return [.. connection.Query<string>($"SELECT term || ' ' || doc FROM temp.vocabulary_{index} WHERE doc > 0 ORDER BY term")];
    }

    /// <summary>Over 64 letters, so migration 8's SQL spells it out in three pieces; 界限 stands across the first boundary.</summary>
    private const string LongText = "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌界限亥春夏秋冬东南西北上下左右前后天地人和日月星辰风云雷电江河湖海";

    /// <summary>Migrations 8 to 10 undone: the letter index, the facets' columns, the generation and the triggers that keep them gone.</summary>
    private const string BackToVersion7 = """
        DROP TRIGGER article_search_ids_inserted; DROP TRIGGER article_search_ids_updated; DROP TRIGGER article_search_ids_deleted;
        DROP TABLE article_search_generation;
        DROP TRIGGER article_search_facets; DROP TRIGGER article_search_issue;
        DROP TRIGGER article_search_delete; DROP TRIGGER article_search_update;
        DROP TABLE article_letters;
        ALTER TABLE article_search_ids DROP COLUMN issue_date; ALTER TABLE article_search_ids DROP COLUMN pipeline;
        ALTER TABLE article_search_ids DROP COLUMN section; ALTER TABLE article_search_ids DROP COLUMN kind;
        ALTER TABLE article_search_ids DROP COLUMN reporters;
        -- Stand-ins for migration 7's triggers, which migrations 7 and 8 drop: only the tests' own saves fire them, after
        -- reopening has replaced them.
        CREATE TRIGGER article_search_insert AFTER INSERT ON articles BEGIN SELECT 1; END;
        CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN SELECT 1; END;
        CREATE TRIGGER article_search_update AFTER UPDATE OF article_id, headline, body ON articles BEGIN SELECT 1; END;
        DELETE FROM schema_version WHERE version IN (8, 9, 10, 12);
        """;

    /// <summary>A database holding one article, taken back to an older schema by <paramref name="backwards"/>.</summary>
    private async Task<string> OlderDatabaseAsync((string Headline, string Body, string Reporter) article, string backwards)
    {
        var db = _temp.File("old.db");
        await Version11DatabaseAsync(db, Issue("weidu", "2026-03-02", "要闻", [article]));
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Execute(backwards);
        return db;
    }

    /// <summary>
    /// A store as a build of migration 11 left <paramref name="record"/>, caught up: its articles in the trigram index and
    /// the spaced letter index (the letters spelled out in SQL, as migration 8 spells them).
    /// </summary>
    private static async Task Version11DatabaseAsync(string db, IssueRecord record)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False;Foreign Keys=True");
        await connection.OpenAsync();
        Assert.Equal(11, await SqliteSchemaMigrator.MigrateAsync(connection, 11, default));
        using var tx = connection.BeginTransaction();
        await RowWriter<IssueRow>.InsertAsync(connection, tx, "issues", [record.Issue], default);
        await RowWriter<ArticleRow>.InsertAsync(connection, tx, "articles", record.Articles, default);
        await connection.ExecuteAsync($"""
            INSERT INTO article_search_ids (article_id, issue_date, pipeline, section, kind, reporters)
            SELECT a.article_id, i.issue_date, i.pipeline, a.section, a.kind, a.reporters FROM articles a JOIN issues i ON i.issue_id = a.issue_id ORDER BY a.rowid;
            INSERT INTO article_search (rowid, headline, body)
            SELECT ids.search_rowid, coalesce(a.headline, '') || '  ', a.body || '  ' FROM article_search_ids ids JOIN articles a ON a.article_id = ids.article_id;
            INSERT INTO article_letters (rowid, headline, body)
            SELECT ids.search_rowid, {SpacedLetters.Of("coalesce(a.headline, '')")}, {SpacedLetters.Of("a.body")} FROM article_search_ids ids JOIN articles a ON a.article_id = ids.article_id;
            """, transaction: tx);
        tx.Commit();
    }

    [Fact]
    public async Task Migrate_FromTwoFactories_AppliesEachVersionOnceInWalMode()
    {
        var db = _temp.File("weidu.db");

        await using (var first = new StoreFactory())
        await using (var second = new StoreFactory())
        {
            await first.Issues(db).MigrateAsync(default);
            await second.Issues(db).MigrateAsync(default);
        }

        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L], connection.Query<long>("SELECT version FROM schema_version ORDER BY version"));
        Assert.Equal("wal", connection.ExecuteScalar<string>("PRAGMA journal_mode"));
    }
}
