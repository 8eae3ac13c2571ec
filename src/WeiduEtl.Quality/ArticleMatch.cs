using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Quality;

/// <summary>A true article and the found item that claims the most of its text, with how much of each the other holds.</summary>
/// <param name="Coverage">The share of the true article's text that the item holds.</param>
/// <param name="Purity">The share of the item's text that belongs to the true article.</param>
public sealed record ArticleMatch(int TruthIndex, int ItemIndex, ParsedArticle Item, double Coverage, double Purity)
{
    /// <summary>The share both ways above which an item is the article, neither a piece of it nor two glued together.</summary>
    public const double Threshold = 0.8;

    public bool IsFound => Coverage >= Threshold && Purity >= Threshold;
}
