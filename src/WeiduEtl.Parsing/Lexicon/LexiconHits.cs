using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Profiles;
using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Parsing.Lexicon;

/// <summary>
/// Which lexicon entries an item's fields were read with (the round-up column its section ends in, the house name
/// opening its dateline, its source tag, the box labels among its subheadings), so <c>inspect</c> can show a user
/// why a line became what it did and what a profile changed.
/// </summary>
public static class LexiconHits
{
    public static IReadOnlyList<LexiconHit> For(ParsedArticle article, PressProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(article);
        var lexicon = PressLexicon.For(profile);
        var merged = lexicon.Merged;
        var hits = new List<LexiconHit>();
        if (article.Section is { } section)
        {
            var list = article.Kind == ArticleKind.Photo ? ("pictureColumns", merged.PictureColumns) : ("briefColumns", merged.BriefColumns);
            Add(list.Item1, Longest(list.Item2, w => section.EndsWith(w, StringComparison.Ordinal)), "section");
        }
        if (article.Kicker is { } kicker && GenreLabelRule.IsColumnLabel(kicker, lexicon))
        {
            Add("columnLabels", Longest(merged.ColumnLabels, w => kicker.Contains(w, StringComparison.Ordinal)), "kicker");
        }
        if (article.Headline is { } headline && GenreLabelRule.StartsItem(headline, lexicon))
        {
            Add("genreLabels", Longest(merged.GenreLabels, w => headline.TrimStart('[', '(', '【', '（').StartsWith(w, StringComparison.Ordinal)), "headline");
        }
        if (article.Dateline is { } dateline)
        {
            var opening = dateline.TrimStart('据');
            Add("houseNames", Longest(merged.HouseNames, w => opening.StartsWith(w, StringComparison.Ordinal)), "dateline");
            Add("agencies", Longest(merged.Agencies, w => opening.StartsWith(w, StringComparison.Ordinal)), "dateline");
        }
        if (article.SourceTag is { } tag)
        {
            Add("sourceTags", merged.SourceTags.FirstOrDefault(t => t == tag), "source tag");
        }
        foreach (var subheading in article.Subheadings.Where(s => BoxLabelRule.IsLabel(s, lexicon)))
        {
            Add("boxLabels", Longest(merged.BoxLabels, w => subheading.Contains(w, StringComparison.Ordinal)), "box label");
        }
        return hits;

        void Add(string list, string? entry, string field)
        {
            if (entry is not null)
            {
                hits.Add(new LexiconHit(list, entry, lexicon.Origin(entry), field));
            }
        }
    }

    private static string? Longest(IEnumerable<string> words, Func<string, bool> matches) =>
        words.Where(matches).OrderByDescending(w => w.Length).FirstOrDefault();
}
