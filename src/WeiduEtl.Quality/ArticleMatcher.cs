using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Quality;

/// <summary>
/// Pairs found items with true articles by shared text. Each item claims the true article it shares most with; of the
/// items claiming one article the largest share is its match and any others are extra (pieces of a split). An article
/// counts as found when its match holds at least <see cref="ArticleMatch.Threshold"/> of its text and is made of it to the
/// same degree (so two articles glued together are not found either).
/// </summary>
public static class ArticleMatcher
{
    public static MatchResult Match(IReadOnlyList<TruthArticle> truth, IReadOnlyList<ParsedArticle> items)
    {
        var truthShingles = truth.Select(t => ComparableText.Shingles(ArticleContent.Of(t), ArticleContent.ShingleSize)).ToList();
        var itemShingles = items.Select(i => ComparableText.Shingles(ArticleContent.Of(i), ArticleContent.ShingleSize)).ToList();

        var best = new Dictionary<int, ArticleMatch>();
        var extra = new List<ParsedArticle>();
        for (var j = 0; j < items.Count; j++)
        {
            var claim = BestClaim(j, items[j], itemShingles[j], truthShingles);
            if (claim is null)
            {
                extra.Add(items[j]);
                continue;
            }
            if (best.TryGetValue(claim.TruthIndex, out var held))
            {
                var (keep, drop) = claim.Coverage > held.Coverage ? (claim, held) : (held, claim);
                best[claim.TruthIndex] = keep;
                extra.Add(drop.Item);
            }
            else
            {
                best[claim.TruthIndex] = claim;
            }
        }
        return new MatchResult(best.Values.OrderBy(m => m.TruthIndex).ToList(), extra);
    }

    private static ArticleMatch? BestClaim(int itemIndex, ParsedArticle item, HashSet<string> shingles, List<HashSet<string>> truthShingles)
    {
        if (shingles.Count == 0)
        {
            return null;
        }
        ArticleMatch? claim = null;
        var bestShared = 0;
        for (var i = 0; i < truthShingles.Count; i++)
        {
            var shared = shingles.Count(truthShingles[i].Contains);
            if (shared > bestShared && truthShingles[i].Count > 0)
            {
                bestShared = shared;
                claim = new ArticleMatch(i, itemIndex, item, (double)shared / truthShingles[i].Count, (double)shared / shingles.Count);
            }
        }
        return claim;
    }
}
