using WeiduEtl.Storage.Search;

namespace WeiduEtl.Tests.Storage;

/// <summary>
/// Terms of three letters or more: SQLite finds them as the phrase of their overlapping letter pairs (migration 12),
/// PostgreSQL through pg_trgm; either way every total is the number of articles whose headline or body holds the term,
/// ASCII letters in either case.
/// </summary>
public abstract partial class StoreContractTests
{
    /// <summary>Latin beside Chinese in both cases, a space inside a word, a term at the very end, a letter repeated.</summary>
    private static readonly (string, string, string)[] LongTermTexts =
    [
        ("GDP增长", "今年GDP增长5.2%，gdp总量创新高。集成 电路在末尾", "王远"),
        ("的的确确", "的确如此，的的确确。Ai芯片与AI芯片", "孙悦"),
        ("", "哈哈哈哈哈，重复的字：哈哈", "李华"),
    ];

    [SkippableFact]
    public async Task Search_EveryThreeOrFourLetterPieceOfTheTexts_TotalIsTheArticlesHoldingIt()
    {
        var (store, reader) = OpenSearch();
        await store.SaveIssueAsync(Issue("weidu", "2026-06-01", "要闻", [.. LongTermTexts, .. ShortTermTexts]), default);
        await store.CatchUpSearchAsync(default);
        var articles = LongTermTexts.Concat(ShortTermTexts).ToList();
        var pieces = articles.SelectMany(a => new[] { a.Item1, a.Item2 }).SelectMany(t => Pieces(t, 3).Concat(Pieces(t, 4)))
            .Where(p => !p.Any(char.IsWhiteSpace))
            .Concat(["gdp增长", "Gdp增长5", "成电路", "集成电", "电路在末尾", "GDP增长今年", "哈哈哈哈哈哈", "ai芯片与ai"]).Distinct(StringComparer.Ordinal).ToList();

        var wrong = new List<string>();
        foreach (var piece in pieces)
        {
            var expected = articles.Count(a => new[] { a.Item1, a.Item2 }.Any(t => AsciiLower(t).Contains(AsciiLower(piece), StringComparison.Ordinal)));
            var found = await reader.SearchAsync(new ArticleSearchQuery { Text = piece }, default);
            if (found.Total != expected)
            {
                wrong.Add($"{piece}: {found.Total} found, {expected} hold it");
            }
        }

        Assert.True(pieces.Count > 150, $"only {pieces.Count} pieces");
        Assert.Empty(wrong);
    }

    [SkippableFact]
    public async Task Search_OneTwoAndThreeLettersAtTheVeryEndOfABody_AreFound()
    {
        var (store, reader) = OpenSearch();
        await store.SaveIssueAsync(Issue("weidu", "2026-06-01", "要闻", [("标题", "正文结尾是鹿鸣湖", "王远"), ("鸣", "湖", "孙悦")]), default);
        await store.CatchUpSearchAsync(default);
        async Task<int> Total(string text) => (await reader.SearchAsync(new ArticleSearchQuery { Text = text }, default)).Total;

        int[] totals = [await Total("湖"), await Total("鸣湖"), await Total("鹿鸣湖"), await Total("是鹿鸣湖"), await Total("鸣湖 鹿"), await Total("湖鸣")];

        Assert.Equal([2, 1, 1, 1, 1, 0], totals);
    }

    [SkippableFact]
    public async Task Search_TermWithAControlLetter_IsSplitThereInsteadOfFailing()
    {
        // A NUL typed into a URL (%00) ended SQLite's FTS5 string literal early: "unterminated string", a failed request.
        var (store, reader) = OpenSearch();
        await store.SaveIssueAsync(Issue("weidu", "2026-06-01", "要闻", [("标题", "正文结尾是鹿鸣湖", "王远")]), default);
        await store.CatchUpSearchAsync(default);

        var found = await reader.SearchAsync(new ArticleSearchQuery { Text = "鹿鸣\0湖\u0001结尾" }, default);

        Assert.Equal(1, found.Total);
    }
}
