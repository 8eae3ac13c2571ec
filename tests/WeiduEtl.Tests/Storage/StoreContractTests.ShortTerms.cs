using System.Text;
using WeiduEtl.Storage.Search;

namespace WeiduEtl.Tests.Storage;

/// <summary>
/// Terms of one or two letters: SQLite finds them as the trigrams they start in the padded index, PostgreSQL by
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
    ];

    [SkippableFact]
    public async Task Search_EveryOneOrTwoLetterPieceOfTheTexts_TotalIsTheArticlesHoldingIt()
    {
        var (store, reader) = OpenSearch();
        await store.SaveIssueAsync(Issue("weidu", "2026-06-01", "要闻", ShortTermTexts[..2]), default);
        await store.SaveIssueAsync(Issue("weidu", "2026-06-02", "民生", ShortTermTexts[2..]), default);
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

        var both = await reader.SearchAsync(new ArticleSearchQuery { Text = "马 就办好" }, default);
        var endLetter = await reader.SearchAsync(new ArticleSearchQuery { Text = "山 青山绿" }, default);
        var none = await reader.SearchAsync(new ArticleSearchQuery { Text = "鱼 就办好" }, default);

        Assert.Equal("weidu-2026-06-01-a0001", Assert.Single(both.Items).ArticleId);
        Assert.Equal("weidu-2026-06-01-a0003", Assert.Single(endLetter.Items).ArticleId);
        Assert.Equal(0, none.Total);
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
