using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Quality;

/// <summary>Scores the items parsed from one page against the page's truth.</summary>
public static class PageScorer
{
    private const int QuoteLength = 24;

    public static PageQuality Score(TruthPage truth, ParsedIssue parsed)
    {
        var items = parsed.Articles;
        var result = ArticleMatcher.Match(truth.Articles, items);
        var differences = new List<string>();
        var counts = QualityCounts.Zero with { TrueArticles = truth.Articles.Count, Items = items.Count, Extra = result.Extra.Count };
        var matched = result.Matches.ToDictionary(m => m.TruthIndex);
        for (var i = 0; i < truth.Articles.Count; i++)
        {
            var article = truth.Articles[i];
            if (!matched.TryGetValue(i, out var match) || !match.IsFound)
            {
                differences.Add(match is null
                    ? $"missed #{i + 1} {Head(article)}"
                    : $"missed #{i + 1} {Head(article)}: best item holds {match.Coverage:P0} of it and is {match.Purity:P0} its text ({Describe(match.Item)})");
                continue;
            }
            counts += Check(i, article, match.Item, differences);
        }
        differences.AddRange(result.Extra.Select(e => $"extra item {Describe(e)}"));
        return new PageQuality(truth.Page, truth.Date, counts, differences);
    }

    private static QualityCounts Check(int index, TruthArticle article, ParsedArticle item, List<string> differences)
    {
        var header = ArticleChecks.HeaderRight(article, item);
        if (!header)
        {
            differences.Add($"header #{index + 1}: printed [{string.Join(" | ", article.Head)}], found [kicker {item.Kicker} | headline {item.Headline} | sub {item.Subheadline}]");
        }
        var end = ArticleChecks.BodyEndRight(article, item);
        if (!end)
        {
            var last = item.Paragraphs.Count > 0 ? item.Paragraphs[^1] : "";
            differences.Add($"body end #{index + 1} {Head(article)}: found ends …{Tail(last)}");
        }
        var reporters = TruthCredits.Reporters(article);
        var found = item.NamesIn(ContributorRole.Reporter).ToList();
        var reportersChecked = reporters.Count > 0 || found.Count > 0;
        var reportersRight = ArticleChecks.ReportersRight(reporters, item);
        if (reportersChecked && !reportersRight)
        {
            differences.Add($"reporters #{index + 1} {Head(article)}: credited [{string.Join("、", reporters)}], found [{string.Join("、", found)}]");
        }
        var (shared, total) = ArticleChecks.ParagraphBreaks(article, item);
        return QualityCounts.Zero with
        {
            Found = 1,
            HeaderRight = header ? 1 : 0,
            BodyEndRight = end ? 1 : 0,
            ReportersChecked = reportersChecked ? 1 : 0,
            ReportersRight = reportersChecked && reportersRight ? 1 : 0,
            BreaksShared = shared,
            BreaksTotal = total,
        };
    }

    private static string Head(TruthArticle article) => $"«{string.Join(" ", article.Head)}»";

    private static string Describe(ParsedArticle item)
    {
        var text = item.Headline ?? (item.Paragraphs.Count > 0 ? item.Paragraphs[0] : null) ?? (item.Photos.Count > 0 ? item.Photos[0].Caption : null) ?? "";
        return $"{item.Kind.ToString().ToLowerInvariant()} «{(text.Length > QuoteLength ? text[..QuoteLength] + "…" : text)}»";
    }

    private static string Tail(string text) => text.Length > QuoteLength ? text[^QuoteLength..] : text;
}
