using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;
using WeiduEtl.Storage.Search;

namespace WeiduEtl.Tests.Storage;

/// <summary>
/// The reader's part of the contract: full-text search kept in step with stored issues, facets, paging, typed query
/// syntax searched as text, and the rows behind the article, issue and person pages.
/// </summary>
public abstract partial class StoreContractTests
{
    private (IIssueStore Store, IArticleReader Reader) OpenSearch()
    {
        var (store, _, _) = Open();
        return (store, _stores.Reader(Database!));
    }

    internal static IssueRecord Issue(string pipeline, string date, string section, params (string Headline, string Body, string Reporter)[] articles)
    {
        var issueId = $"{pipeline}-{date}";
        var issue = new IssueRow
        {
            IssueId = issueId, Pipeline = pipeline, Publication = "许昌日报", SourceUri = $"{date}.txt", SourceSha256 = "sha-" + date, SourceBytes = 3,
            MediaType = "text/plain", PageCount = 1, ArticleCount = articles.Length, FirstSeenAt = "2026-01-01T00:00:00Z",
            ParsedAt = "2026-01-01T00:00:00Z", ParserVersion = "text-1", IssueDate = date, IssueDateBasis = "content",
        };
        var rows = articles.Select((a, i) => new ArticleRow
        {
            ArticleId = $"{issueId}-a{i + 1:D4}", IssueId = issueId, Seq = i + 1, Page = 1, Kind = i == 0 ? "article" : "brief", Section = section,
            Headline = a.Headline, Reporters = [a.Reporter], Body = a.Body, ParagraphCount = 1, CharCount = a.Body.Length,
            Bbox = [40, 700 - (i * 200), 400, 880 - (i * 200)],
        }).ToList();
        return new IssueRecord(issue, rows, [], [], [], [], [], [1]);
    }

    private static readonly (string, string, string)[] March =
    [
        ("集成电路产业园开工", "3月2日，魏都区集成电路产业园开工。区长李明说：“这是我们的头号工程。”", "王远"),
        ("老旧小区改造", "今年改造老旧小区12个，惠及居民3000户。", "孙悦"),
    ];

    private static readonly (string, string, string)[] April =
    [
        ("春季招聘会举行", "招聘会上，集成电路企业提供岗位500个。", "王远"),
        ("公园开放", "NEAR(a b) 与 \"引号\" 和 50% 的_下划线 都是正文里的字。", "孙悦"),
    ];

    private async Task<IArticleReader> SeededAsync()
    {
        var (store, reader) = OpenSearch();
        await store.SaveIssueAsync(Issue("weidu", "2026-03-02", "要闻", March), default);
        await store.SaveIssueAsync(Issue("weidu", "2026-04-10", "民生", April), default);
        await store.SaveIssueAsync(Issue("other", "2026-04-11", "要闻", [("集成电路论坛", "论坛讨论芯片。", "李华")]), default);
        await store.CatchUpSearchAsync(default);
        return reader;
    }

    [SkippableFact]
    public async Task Search_ThreeLettersOrMore_FindsBodyAndHeadlineNewestFirstWithFacets()
    {
        var reader = await SeededAsync();

        var result = await reader.SearchAsync(new ArticleSearchQuery { Text = "集成电路" }, default);

        Assert.Equal(3, result.Total);
        Assert.Equal(["other-2026-04-11-a0001", "weidu-2026-04-10-a0001", "weidu-2026-03-02-a0001"], result.Items.Select(i => i.ArticleId));
        Assert.Equal([new FacetValue("weidu", 2), new FacetValue("other", 1)], result.Facets["pipeline"]);
        Assert.Equal([new FacetValue("2026-04", 2), new FacetValue("2026-03", 1)], result.Facets["month"]);
        Assert.Equal([new FacetValue("要闻", 2), new FacetValue("民生", 1)], result.Facets["section"]);
        Assert.Equal([new FacetValue("王远", 2), new FacetValue("李华", 1)], result.Facets["reporter"]);
        Assert.Equal("2026-04-10", result.Items[1].IssueDate);
        Assert.Equal(["王远"], result.Items[1].Reporters);
    }

    [SkippableFact]
    public async Task Search_OneOrTwoLetters_FoundWithoutTheTrigramIndex()
    {
        var reader = await SeededAsync();

        var two = await reader.SearchAsync(new ArticleSearchQuery { Text = "芯片" }, default);
        var one = await reader.SearchAsync(new ArticleSearchQuery { Text = "户" }, default);
        var mixed = await reader.SearchAsync(new ArticleSearchQuery { Text = "集成电路 岗位" }, default);

        Assert.Equal("other-2026-04-11-a0001", Assert.Single(two.Items).ArticleId);
        Assert.Equal("weidu-2026-03-02-a0002", Assert.Single(one.Items).ArticleId);
        Assert.Equal("weidu-2026-04-10-a0001", Assert.Single(mixed.Items).ArticleId);
    }

    [SkippableTheory]
    [InlineData("NEAR(a", 1)]
    [InlineData("\"引号\"", 1)]
    [InlineData("50%", 1)]
    [InlineData("的_下", 1)]
    [InlineData("集成* OR 老旧", 0)]
    [InlineData("\"", 1)]
    [InlineData("%", 1)]
    [InlineData("a b) 与", 1)]
    [InlineData("*", 0)]
    [InlineData("(", 1)]
    [InlineData("\"引", 1)]
    [InlineData("N", 1)]
    public async Task Search_QuerySyntaxTyped_IsSearchedAsText(string typed, int found)
    {
        var reader = await SeededAsync();

        var result = await reader.SearchAsync(new ArticleSearchQuery { Text = typed }, default);

        Assert.Equal(found, result.Total);
        Assert.All(result.Items, i => Assert.Equal("weidu-2026-04-10-a0002", i.ArticleId));
    }

    [SkippableFact]
    public async Task Search_Filters_NarrowTheTotalAndTheFacets()
    {
        var reader = await SeededAsync();

        var byReporter = await reader.SearchAsync(new ArticleSearchQuery { Text = "集成电路", Reporter = "王远", Month = "2026-04" }, default);
        var byPipeline = await reader.SearchAsync(new ArticleSearchQuery { Text = "集成电路", Pipeline = "weidu", From = "2026-03-01", To = "2026-03-31", Kind = "article", Section = "要闻" }, default);

        Assert.Equal("weidu-2026-04-10-a0001", Assert.Single(byReporter.Items).ArticleId);
        Assert.Equal([new FacetValue("2026-04", 1)], byReporter.Facets["month"]);
        Assert.Equal("weidu-2026-03-02-a0001", Assert.Single(byPipeline.Items).ArticleId);
    }

    [SkippableFact]
    public async Task Search_Pages_KeepOneOrderAndTheTotal()
    {
        var (store, reader) = OpenSearch();
        for (var day = 1; day <= 9; day++)
        {
            await store.SaveIssueAsync(Issue("weidu", $"2026-05-0{day}", "要闻", [("甲", "今天的新闻。", "王远"), ("乙", "昨天的新闻。", "王远")]), default);
        }
        await store.CatchUpSearchAsync(default);

        var pages = new List<string>();
        for (var page = 1; page <= 4; page++)
        {
            var result = await reader.SearchAsync(new ArticleSearchQuery { Text = "的新闻", Page = page, PageSize = 5 }, default);
            Assert.Equal(18, result.Total);
            pages.AddRange(result.Items.Select(i => i.ArticleId));
        }

        Assert.Equal(18, pages.Count);
        Assert.Equal(pages.Distinct().Count(), pages.Count);
        Assert.Equal("weidu-2026-05-09-a0001", pages[0]);
        Assert.Equal("weidu-2026-05-01-a0002", pages[^1]);
    }

    [SkippableFact]
    public async Task Search_AfterAnIssueIsReplaced_FindsNoOldTextAtOnceAndItsNewTextOnceTheIndexCaughtUp()
    {
        var (store, reader) = OpenSearch();
        await store.SaveIssueAsync(Issue("weidu", "2026-03-02", "要闻", [("旧标题", "旧的正文写着产业园。", "王远")]), default);
        await store.CatchUpSearchAsync(default);
        async Task<int> Total(string text) => (await reader.SearchAsync(new ArticleSearchQuery { Text = text }, default)).Total;

        await store.SaveIssueAsync(Issue("weidu", "2026-03-02", "要闻", [("新标题", "更正后的正文写着科技园。", "王远")]), default);
        int[] stale = [await Total("产业园"), await Total("旧标题"), await Total("旧")];
        await store.CatchUpSearchAsync(default);

        int[] staleAfter = [await Total("产业园"), await Total("旧标题"), await Total("旧")];
        int[] fresh = [await Total("科技园"), await Total("新标题")];
        Assert.Equal([0, 0, 0], stale);
        Assert.Equal([0, 0, 0], staleAfter);
        Assert.Equal([1, 1], fresh);
    }

    [SkippableFact]
    public async Task Search_AfterAnIssueIsReparsedUnderAnotherDate_FindsNoStaleHitsOfAnyLengthAndItsNewArticles()
    {
        var (store, reader) = OpenSearch();
        await store.SaveIssueAsync(Issue("weidu", "2026-04-10", "民生", April), default);
        var first = Issue("weidu", "2026-03-02", "要闻", March);
        await store.SaveIssueAsync(first, default);
        await store.CatchUpSearchAsync(default);

        // The same page read again with another date: another issue id for the same source, one article where it had two.
        var again = Issue("weidu", "2026-03-03", "要闻", [("鹿鸣新区规划", "新区规划公布。", "孙悦")]);
        await store.SaveIssueAsync(again with { Issue = again.Issue with { SourceUri = first.Issue.SourceUri } }, default);
        async Task<int> Total(string text) => (await reader.SearchAsync(new ArticleSearchQuery { Text = text }, default)).Total;
        int[] staleAtOnce = [await Total("老旧小区"), await Total("头号"), await Total("旧"), await Total("3000户")];
        await store.CatchUpSearchAsync(default);

        int[] stale = [await Total("老旧小区"), await Total("头号"), await Total("旧"), await Total("3000户")];
        Assert.Equal([0, 0, 0, 0], staleAtOnce);
        int[] fresh = [await Total("鹿"), await Total("新区"), await Total("鹿鸣新区规划"), await Total("公布"), await Total("集成电路")];
        Assert.Equal([0, 0, 0, 0], stale);
        Assert.Equal([1, 1, 1, 1, 1], fresh);
        var common = await reader.SearchAsync(new ArticleSearchQuery { Text = "的" }, default);
        Assert.Equal(["weidu-2026-04-10-a0002"], common.Items.Select(i => i.ArticleId));
        Assert.Equal([new FacetValue("2026-04", 1)], common.Facets["month"]);
        var reparsed = Assert.Single((await reader.SearchAsync(new ArticleSearchQuery { Text = "规划", Reporter = "孙悦" }, default)).Items);
        Assert.Equal(("weidu-2026-03-03-a0001", "2026-03-03"), (reparsed.ArticleId, reparsed.IssueDate));
    }

    [SkippableFact]
    public async Task Search_NothingTypedOrNothingFound_IsEmptyWithEveryFacetNamed()
    {
        var reader = await SeededAsync();

        var blank = await reader.SearchAsync(new ArticleSearchQuery { Text = "   " }, default);
        var none = await reader.SearchAsync(new ArticleSearchQuery { Text = "没有这个词" }, default);

        Assert.Equal(0, blank.Total);
        Assert.Equal(0, none.Total);
        Assert.Equal(ArticleSearchResult.FacetNames, none.Facets.Keys);
    }

    [SkippableFact]
    public async Task Article_WithItsRowsPageBoxesAndNeighbours()
    {
        var (store, reader) = OpenSearch();
        var record = Issue("weidu", "2026-03-02", "要闻", March);
        var first = record.Articles[0].ArticleId;
        await store.SaveIssueAsync(record with
        {
            Mentions = [new MentionRow { MentionId = "m1", ArticleId = first, Kind = "person", Text = "区长李明", Name = "李明", Title = "区长", CharStart = 18, CharEnd = 22, Rule = "title-name" }],
            Quotes = [new QuoteRow { QuoteId = "q1", ArticleId = first, Text = "这是我们的头号工程。", Speaker = "李明", SpeakerMentionId = "m1", Verb = "说", CharStart = 25, CharEnd = 35, Rule = "said-colon" }],
        }, default);

        var article = await reader.ArticleAsync(first, default);
        var issue = await reader.IssueAsync(record.Issue.IssueId, default);
        var person = await reader.PersonAsync("李明", 100, default);

        Assert.NotNull(article);
        Assert.Equal("集成电路产业园开工", article.Article.Headline);
        Assert.Equal("李明", Assert.Single(article.Mentions).Name);
        Assert.Equal("said-colon", Assert.Single(article.Quotes).Rule);
        Assert.Equal([first, record.Articles[1].ArticleId], article.PageBoxes.Select(b => b.Id));
        Assert.Equal([40, 700, 400, 880], article.PageBoxes[0].Bbox!);
        Assert.Null(article.PreviousId);
        Assert.Equal(record.Articles[1].ArticleId, article.NextId);
        Assert.Equal(2, issue!.Articles.Count);
        Assert.Null(await reader.ArticleAsync("no-such-article", default));
        Assert.Equal(["mention", "quote"], person.Select(p => p.Kind));
        Assert.All(person, p => Assert.Equal("2026-03-02", p.IssueDate));
    }

    [SkippableFact]
    public async Task CountsByIssueDate_AndState_CountWhatIsStored()
    {
        var reader = await SeededAsync();

        var counts = await reader.CountsByIssueDateAsync("weidu", default);
        var state = await reader.StateAsync(default);

        Assert.Equal(["2026-03-02", "2026-04-10"], counts.Select(c => c.IssueDate));
        Assert.Equal([2, 2], counts.Select(c => c.Articles));
        Assert.Equal(3, state.Issues);
        Assert.Equal(5, state.Articles);
        Assert.True(state.SchemaVersion >= 5);
    }
}
