using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Quality;

/// <summary>What of an item the matcher compares: everything printed under its header lines, in comparable form.</summary>
internal static class ArticleContent
{
    public const int ShingleSize = 5;

    public static string Of(ParsedArticle item)
    {
        var parts = new List<string?> { item.Dateline };
        parts.AddRange(item.Contributors.Select(c => c.CreditText).Distinct());
        parts.AddRange(item.Subheadings);
        parts.AddRange(item.Paragraphs);
        parts.AddRange(item.Photos.Select(p => p.Caption));
        parts.Add(item.SourceTag);
        return string.Concat(parts.Select(ComparableText.Of));
    }

    public static string Of(TruthArticle article) =>
        string.Concat((article.Body.Count > 0 ? article.Body : article.Head).Select(ComparableText.Of));
}
