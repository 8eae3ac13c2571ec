using System.Text.Json.Nodes;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Parsing.Entities.Quality;

/// <summary>
/// Scores an extractor on hand-labelled pages, the pages rules were written from and the held-out ones apart, and
/// writes the scores as the <c>entities</c> section of the quality summary a release publishes in datapackage.json.
/// </summary>
public sealed record EntityQuality(int RuleWritingPages, EntityScore RuleWriting, int HeldOutPages, EntityScore HeldOut)
{
    /// <param name="pages">Each page's labels with the article bodies they label.</param>
    public static EntityQuality Score(IEnumerable<EntityLabelPage> pages, IEntityExtractor extractor)
    {
        var quality = new EntityQuality(0, EntityScore.Empty, 0, EntityScore.Empty);
        foreach (var (labels, bodies) in pages)
        {
            var score = EntityScorer.Score(labels, [.. bodies.Select(extractor.Extract)]);
            quality = labels.HeldOut
                ? quality with { HeldOutPages = quality.HeldOutPages + 1, HeldOut = quality.HeldOut + score }
                : quality with { RuleWritingPages = quality.RuleWritingPages + 1, RuleWriting = quality.RuleWriting + score };
        }
        return quality;
    }

    public JsonObject ToJson() => new()
    {
        ["labelled_pages"] = $"{RuleWritingPages + HeldOutPages} corpus pages whose people, organisations and quotations a person labelled by hand "
            + $"(tests/fixtures/entities): {RuleWritingPages} that rules were written from, {HeldOutPages} of the held-out day, each labelled before the extractor was run on it "
            + "(the held-out day's misses have since been read for rules; tests/fixtures/entities/README.md says which pages and when)",
        ["definitions"] = new JsonObject
        {
            ["people_recall"] = "people a reader labelled that are found by name on the page",
            ["people_precision"] = "people found whose name a reader labelled on the page",
            ["title_and_organisation_right"] = "of people found: the most detailed mention's title and organisation agree with the label (one containing the other, or both none)",
            ["organisations_recall"] = "organisations a reader labelled that are found by name on the page",
            ["organisations_precision"] = "organisations found whose name a reader labelled",
            ["quotes_found"] = "quotations a reader labelled that an extracted quotation starts as",
            ["quotes_precision"] = "extracted quotations that start as a labelled one",
            ["right_speaker"] = "of quotations found: the speaker agrees with the label (one containing the other, or both none)",
        },
        ["rule_writing_pages"] = Scores(RuleWritingPages, RuleWriting),
        ["held_out_pages"] = Scores(HeldOutPages, HeldOut),
        ["rules"] = new JsonObject
        {
            ["definition"] = "each rule named in the rule column of mentions and quotes, on the same labelled pages: for person and organisation, "
                + "the distinct names the rule found on a page (found) and those a reader labelled on it (right); for quote, the quotations "
                + "the rule attributed (found) and those a reader labelled as quotations (right); for speaker, those labelled quotations (found) "
                + "and the ones whose speaker agrees with the label (right). A consumer can keep the rows of "
                + "the rules that are right often enough for their use; the held-out pages are the fairer guide to pages of other days",
            ["rule_writing_pages"] = Rules(RuleWriting.Rules),
            ["held_out_pages"] = Rules(HeldOut.Rules),
        },
    };

    private static JsonArray Rules(IReadOnlyList<RuleTally> tallies) =>
    [
        .. tallies.Select(t => new JsonObject
        {
            ["kind"] = t.Kind,
            ["rule"] = t.Rule,
            ["found"] = t.Found,
            ["right"] = t.Right,
            ["precision"] = Round(t.Precision),
        }),
    ];

    private static JsonObject Scores(int pages, EntityScore s) => new()
    {
        ["pages"] = pages,
        ["people"] = s.People,
        ["people_recall"] = Round(s.PeopleRecall),
        ["people_precision"] = Round(s.PeoplePrecision),
        ["title_and_organisation_right"] = Round(s.TitleAndOrganisationRight),
        ["organisations"] = s.Organisations,
        ["organisations_recall"] = Round(s.OrganisationRecall),
        ["organisations_precision"] = Round(s.OrganisationPrecision),
        ["quotes"] = s.Quotes,
        ["quotes_found"] = Round(s.QuotesFoundRate),
        ["quotes_precision"] = Round(s.QuotePrecision),
        ["right_speaker"] = Round(s.SpeakerRight),
    };

    private static double Round(double rate) => Math.Round(rate, 3);
}
