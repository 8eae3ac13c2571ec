using System.Text;
using WeiduEtl.Storage.Search;

namespace WeiduEtl.Tests.Storage;

/// <summary>
/// Terms of one or two letters: SQLite finds them as one trigram of its letter index (migration 8), PostgreSQL by
/// ILIKE; either way every total is the number of articles whose text holds the term, as LIKE would count them.
/// </summary>
public abstract partial class StoreContractTests
{
    /// <summary>Letters at the start and the very end of a column, a one-letter headline, ASCII in both cases, digits, punctuation.</summary>
    private static readonly (string, string, string)[] ShortTermTexts =
    [
        ("马", "马上就办，办就办好。记者王远报道马", "王远"),
        ("AI芯片", "Ai 与 ai：5G基站建成120座。", "孙悦"),
        ("山水", "青山绿水就是金山银山", "李华"),
        ("", "“引号”里的话；百分之50%。_下划线_", "王远"),
        ("长文", LongBody, "孙悦"),
    ];

    /// <summary>
    /// Over 64 letters, so SQLite's letter index spells it out in three pieces (of 32): 界限 stands on the first
    /// boundary (letters 32 and 33) and only there; 片，马 has a mark between its letters.
    /// </summary>
    private const string LongBody = "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌界限亥春夏秋冬东南西北上下左右前后片，马天地人和日月星辰风云雷电江河湖海";

    [SkippableFact]
    public async Task Search_EveryOneOrTwoLetterPieceOfTheTexts_TotalIsTheArticlesHoldingIt()
    {
        var (store, reader) = OpenSearch();
        await store.SaveIssueAsync(Issue("weidu", "2026-06-01", "要闻", ShortTermTexts[..2]), default);
        await store.SaveIssueAsync(Issue("weidu", "2026-06-02", "民生", ShortTermTexts[2..]), default);
        await store.CatchUpSearchAsync(default);
        var texts = ShortTermTexts.Select(t => t.Item1 + " " + t.Item2).ToList();
        var pieces = texts.SelectMany(t => Pieces(t, 1).Concat(Pieces(t, 2))).Where(p => !p.Any(char.IsWhiteSpace))
            .Concat(["办到", "鱼", "ai芯", "5g", "x"]).Distinct(StringComparer.Ordinal).ToList();

        var wrong = new List<string>();
        foreach (var piece in pieces)
        {
            var expected = texts.Count(t => AsciiLower(t).Contains(AsciiLower(piece), StringComparison.Ordinal));
            var found = await reader.SearchAsync(new ArticleSearchQuery { Text = piece }, default);
            if (found.Total != expected || found.Items.Count != expected)
            {
                wrong.Add($"{piece}: {found.Total} found, {expected} hold it");
            }
        }

        Assert.True(pieces.Count > 80, $"only {pieces.Count} pieces");
        Assert.Empty(wrong);
    }

    [SkippableFact]
    public async Task Search_ShortAndLongTermsTogether_FindOnlyArticlesHoldingAll()
    {
        var (store, reader) = OpenSearch();
        await store.SaveIssueAsync(Issue("weidu", "2026-06-01", "要闻", ShortTermTexts), default);
        await store.CatchUpSearchAsync(default);

        var both = await reader.SearchAsync(new ArticleSearchQuery { Text = "马 就办好" }, default);
        var endLetter = await reader.SearchAsync(new ArticleSearchQuery { Text = "山 青山绿" }, default);
        var none = await reader.SearchAsync(new ArticleSearchQuery { Text = "鱼 就办好" }, default);

        Assert.Equal("weidu-2026-06-01-a0001", Assert.Single(both.Items).ArticleId);
        Assert.Equal("weidu-2026-06-01-a0003", Assert.Single(endLetter.Items).ArticleId);
        Assert.Equal(0, none.Total);
    }

    [SkippableFact]
    public async Task Search_TwoLetters_FoundOnlyWhereTheyStandTogether()
    {
        var (store, reader) = OpenSearch();
        await store.SaveIssueAsync(Issue("weidu", "2026-06-01", "要闻", [("片马", "界", "王远"), ("长文", LongBody, "孙悦")]), default);
        await store.CatchUpSearchAsync(default);

        var boundary = await reader.SearchAsync(new ArticleSearchQuery { Text = "界限" }, default);
        var apart = await reader.SearchAsync(new ArticleSearchQuery { Text = "片马" }, default);
        var headlineToBody = await reader.SearchAsync(new ArticleSearchQuery { Text = "马界" }, default);

        Assert.Equal(32, LongBody.IndexOf("界限", StringComparison.Ordinal) + 1);
        Assert.Equal("weidu-2026-06-01-a0002", Assert.Single(boundary.Items).ArticleId);
        Assert.Equal("weidu-2026-06-01-a0001", Assert.Single(apart.Items).ArticleId);
        Assert.Equal(0, headlineToBody.Total);
    }

    [SkippableFact]
    public async Task Search_ALetterInMostArticles_CountsAndFacetsEveryOne()
    {
        var (store, reader) = OpenSearch();
        for (var day = 1; day <= 6; day++)
        {
            await store.SaveIssueAsync(Issue("weidu", $"2026-0{day}-01", day % 3 == 0 ? "民生" : "要闻", [("甲", "今天的新闻。", "王远"), ("乙", "没有那个字。", "孙悦")]), default);
        }
        await store.CatchUpSearchAsync(default);

        var result = await reader.SearchAsync(new ArticleSearchQuery { Text = "的", PageSize = 4, Page = 2 }, default);

        Assert.Equal(6, result.Total);
        Assert.Equal(["weidu-2026-02-01-a0001", "weidu-2026-01-01-a0001"], result.Items.Select(i => i.ArticleId));
        Assert.Equal([new FacetValue("要闻", 4), new FacetValue("民生", 2)], result.Facets["section"]);
        Assert.Equal([new FacetValue("王远", 6)], result.Facets["reporter"]);
        Assert.Equal(6, result.Facets["month"].Count);
    }

    private static IEnumerable<string> Pieces(string text, int letters)
    {
        var runes = text.EnumerateRunes().ToList();
        for (var i = 0; i + letters <= runes.Count; i++)
        {
            yield return string.Concat(runes.Skip(i).Take(letters).Select(r => r.ToString()));
        }
    }

    /// <summary>LIKE's case: ASCII letters only.</summary>
    private static string AsciiLower(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : c);
        }
        return builder.ToString();
    }
}
