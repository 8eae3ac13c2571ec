using System.Data.Common;
using WeiduEtl.Storage.Search;

namespace WeiduEtl.Tests.Storage;

/// <summary>
/// Several issues saved in one transaction (<see cref="Core.Ports.IIssueStore.SaveIssuesAsync"/>), as a pass stores
/// the pages it has parsed: the same rows and search answers as saving them one after another, and all or none.
/// </summary>
public abstract partial class StoreContractTests
{
    [SkippableFact]
    public async Task SaveIssues_OneBatchWithAReparseOfAnEarlierSource_StoresAndIndexesAsOneAtATime()
    {
        var (store, reader) = OpenSearch();
        var first = Issue("weidu", "2026-03-02", "要闻", March);
        // The same page read again with another date: another issue id for the same source, one article where it had two.
        var again = Issue("weidu", "2026-03-03", "要闻", [("鹿鸣新区规划", "新区规划公布。", "孙悦")]);

        await store.SaveIssuesAsync(
        [
            Issue("weidu", "2026-04-10", "民生", April),
            first,
            again with { Issue = again.Issue with { SourceUri = first.Issue.SourceUri } },
            Issue("other", "2026-04-11", "要闻", [("集成电路论坛", "论坛讨论芯片。", "李华")]),
        ], default);
        await store.CatchUpSearchAsync(default);

        async Task<int> Total(string text) => (await reader.SearchAsync(new ArticleSearchQuery { Text = text }, default)).Total;
        int[] stale = [await Total("老旧小区"), await Total("头号"), await Total("旧"), await Total("3000户")];
        int[] fresh = [await Total("鹿"), await Total("新区"), await Total("鹿鸣新区规划"), await Total("招聘会"), await Total("集成电路")];
        Assert.Equal([0, 0, 0, 0], stale);
        Assert.Equal([1, 1, 1, 1, 2], fresh);
        var data = await store.LoadDatasetAsync("weidu", default);
        Assert.Equal(["weidu-2026-03-03", "weidu-2026-04-10"], data.Issues.Select(i => i.IssueId));
        Assert.Equal("2026-01-01T00:00:00Z", data.Issues[0].FirstSeenAt);
        Assert.Equal(3, data.Articles.Count);
    }

    [SkippableFact]
    public async Task SaveIssues_OneIssueFailing_StoresNoneOfTheBatch()
    {
        var (store, reader) = OpenSearch();
        await store.SaveIssueAsync(Record("a.txt", "sha-a", "原标题"), default);
        await store.CatchUpSearchAsync(default);
        var broken = Record("b.txt", "sha-b", "新标题");
        // Two figures with one id: the second insert violates the primary key after the first issue went in.
        broken = broken with { Figures = [broken.Figures[0], broken.Figures[0]] };

        await Assert.ThrowsAnyAsync<DbException>(() => store.SaveIssuesAsync([Record("a.txt", "sha-c", "更正标题"), broken], default));
        await store.CatchUpSearchAsync(default);

        var data = await store.LoadDatasetAsync("p", default);
        Assert.Equal("原标题", Assert.Single(data.Articles).Headline);
        Assert.Equal("sha-a", Assert.Single(data.Issues).SourceSha256);
        Assert.Equal(1, (await reader.SearchAsync(new ArticleSearchQuery { Text = "原标题" }, default)).Total);
        Assert.Equal(0, (await reader.SearchAsync(new ArticleSearchQuery { Text = "更正标题" }, default)).Total);
    }
}
