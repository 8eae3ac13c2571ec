using System.Globalization;
using System.Text.Json.Nodes;

namespace WeiduEtl.Quality;

/// <summary>
/// The scores a consumer reads: per rendering of the corpus, all pages, the days rules were written on and the
/// held-out days, as fractions rounded to three places. Published in every snapshot's datapackage.json.
/// </summary>
public static class QualitySummary
{
    public static JsonObject For(string corpus, IEnumerable<string> parserVersions, IReadOnlyList<SetQuality> sets) => new()
    {
        ["corpus"] = corpus,
        ["parser_versions"] = new JsonArray([.. parserVersions.Select(v => JsonValue.Create(v))]),
        ["definitions"] = new JsonObject
        {
            ["articles_found"] = "share of true articles matched by one item holding at least 80 % of the article's text and made of it to 80 %",
            ["extra_items"] = "items that match no article of their own (pieces of split articles, text that is no article), per true article",
            ["header_lines_right"] = "of found articles: kicker, headline and subheadline read in order are the printed header lines",
            ["body_ends_right"] = "of found articles: the body ends with the article's own last sentence",
            ["reporters_right"] = "of found articles crediting a reporter: the reporters are exactly the credited names",
            ["paragraph_breaks_right"] = "paragraph breaks inside found articles made by both the truth and the parser, of the larger count",
        },
        ["renderings"] = new JsonArray([.. sets.Select(Rendering)]),
    };

    public static JsonObject Rendering(SetQuality set)
    {
        var heldOut = set.Pages.Count(p => set.HeldOutDays.Contains(p.Date));
        return new JsonObject
        {
            ["rendering"] = set.Set,
            ["held_out_days"] = new JsonArray([.. set.HeldOutDays.Order().Select(d => JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))]),
            ["all"] = Scores(set.Pages.Count, set.Total),
            ["rule_writing_days"] = Scores(set.Pages.Count - heldOut, set.RuleWriting),
            ["held_out_days_scores"] = Scores(heldOut, set.HeldOut),
        };
    }

    public static JsonObject Scores(int pages, QualityCounts c) => new()
    {
        ["pages"] = pages,
        ["true_articles"] = c.TrueArticles,
        ["items"] = c.Items,
        ["articles_found"] = Round(c.ArticlesFound),
        ["extra_items"] = Round(c.ExtraItems),
        ["header_lines_right"] = Round(c.HeaderLinesRight),
        ["body_ends_right"] = Round(c.BodyEndsRight),
        ["reporters_right"] = Round(c.ReportersRightRate),
        ["paragraph_breaks_right"] = Round(c.ParagraphBreaksRight),
    };

    private static double Round(double rate) => Math.Round(rate, 3);
}
