using Dapper;
using Microsoft.Data.Sqlite;
using WeiduEtl.Core.Rows;
using WeiduEtl.Storage;
using WeiduEtl.Storage.Search;

namespace WeiduEtl.Tests.Storage;

/// <summary>
/// An issue stored again (a re-parse) on a SQLite file: articles whose headline and body did not change keep their rows
/// in the search indexes, the others are indexed anew, and each index then holds what a fresh store of the new rows holds.
/// </summary>
public sealed partial class SqliteStoreContractTests
{
    private static readonly (string, string, string)[] Stored =
    [
        ("集成电路产业园开工", "3月2日，魏都区集成电路产业园开工。", "王远"),
        ("老旧小区改造", "今年改造老旧小区12个，惠及居民3000户。", "孙悦"),
    ];

    private static readonly (string, string, string)[] Reparsed =
    [
        ("集成电路产业园开工", "3月2日，魏都区集成电路产业园开工。", "王远"),
        ("老旧小区改造", "今年改造背街小巷8条，惠及居民900户。", "孙悦"),
    ];

    [Fact]
    public async Task SaveIssue_AgainWithOneBodyChanged_KeepsTheUnchangedArticlesIndexRowsAndFindsOnlyTheNewText()
    {
        var db = _temp.File("reparse.db");
        await using var stores = new StoreFactory();
        var reader = stores.Reader(db);
        async Task<int> Total(string text, string? section = null) => (await reader.SearchAsync(new ArticleSearchQuery { Text = text, Section = section }, default)).Total;
        await stores.Issues(db).SaveIssueAsync(Issue("weidu", "2026-03-02", "要闻", Stored), default);
        await stores.Issues(db).CatchUpSearchAsync(default);
        var before = SearchRows(db);
        int[] stored = [await Total("老旧小区12个"), await Total("背街小巷")];

        // Another section too: the kept article's facet columns must follow its row.
        var reparsed = Issue("weidu", "2026-03-02", "民生", Reparsed);
        await stores.Issues(db).SaveIssueAsync(reparsed, default);
        await stores.Issues(db).CatchUpSearchAsync(default);

        var after = SearchRows(db);
        Assert.Equal([1, 0], stored);
        Assert.Equal(before["weidu-2026-03-02-a0001"], after["weidu-2026-03-02-a0001"]);
        Assert.NotEqual(before["weidu-2026-03-02-a0002"], after["weidu-2026-03-02-a0002"]);
        int[] found = [await Total("老旧小区12个"), await Total("3000户"), await Total("背街小巷"), await Total("900户"), await Total("产业园", "民生"), await Total("产业园", "要闻")];
        Assert.Equal([0, 0, 1, 1, 1, 0], found);
        await AssertIndexesAsFreshAsync(db, reparsed);
    }

    [Fact]
    public async Task SaveIssues_TheIssueTwiceInOneBatch_UnchangedThenChanged_IndexesTheLastText()
    {
        var db = _temp.File("twice.db");
        await using var stores = new StoreFactory();
        var reader = stores.Reader(db);
        async Task<int> Total(string text) => (await reader.SearchAsync(new ArticleSearchQuery { Text = text }, default)).Total;
        await stores.Issues(db).SaveIssueAsync(Issue("weidu", "2026-03-02", "要闻", Stored), default);
        await stores.Issues(db).CatchUpSearchAsync(default);
        var changed = Issue("weidu", "2026-03-02", "要闻", [("集成电路产业园开工", "产业园二期动工。", "王远"), Reparsed[1]]);

        await stores.Issues(db).SaveIssuesAsync([Issue("weidu", "2026-03-02", "要闻", Stored), changed], default);
        await stores.Issues(db).CatchUpSearchAsync(default);

        int[] found = [await Total("魏都区集成电路"), await Total("老旧小区12个"), await Total("二期动工"), await Total("背街小巷"), await Total("开工")];
        Assert.Equal([0, 0, 1, 1, 1], found);
        await AssertIndexesAsFreshAsync(db, changed);
    }

    /// <summary>Each article's row number in the search indexes, by article id.</summary>
    private static Dictionary<string, long> SearchRows(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        return connection.Query<(string, long)>("SELECT article_id, search_rowid FROM article_search_ids").ToDictionary(r => r.Item1, r => r.Item2, StringComparer.Ordinal);
    }

    /// <summary>Both indexes hold the terms, in as many articles, that a fresh store of <paramref name="record"/> alone holds.</summary>
    private async Task AssertIndexesAsFreshAsync(string db, IssueRecord record)
    {
        var freshDb = _temp.File("fresh-" + Path.GetFileName(db));
        await using (var stores = new StoreFactory())
        {
            await stores.Issues(freshDb).SaveIssueAsync(record, default);
            await stores.Issues(freshDb).CatchUpSearchAsync(default);
        }
        using var check = new SqliteConnection($"Data Source={db};Pooling=False");
        using var expected = new SqliteConnection($"Data Source={freshDb};Pooling=False");
        check.Open();
        expected.Open();
        Assert.Equal(Vocabulary(expected, "article_pairs"), Vocabulary(check, "article_pairs"));
        Assert.Equal(Vocabulary(expected, "article_letters"), Vocabulary(check, "article_letters"));
        Assert.Equal(check.ExecuteScalar<long>("SELECT count(*) FROM articles"), check.ExecuteScalar<long>("SELECT count(*) FROM article_search_ids"));
    }
}
