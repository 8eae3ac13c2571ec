using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Entities.Quality;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>Each rule's precision on labelled pages, as a consumer reads it to choose which rows to keep.</summary>
public sealed class RuleTallyTests
{
    private static readonly EntityLabelSet Labels = new(
        "made-up", "made-up", "rules",
        [new LabelledPerson("王建国", "局长", "某县交通运输局")],
        ["某县交通运输局"],
        [new LabelledQuote("路修好了", "王建国"), new LabelledQuote("今年还要再修", "王建国")]);

    [Fact]
    public void Names_are_counted_once_a_page_for_each_rule_that_found_them()
    {
        var score = EntityScorer.Score(Labels, [new ArticleEntities(
            [
                Mention(MentionKind.Organisation, "某县交通运输局", "org-suffix"),
                Mention(MentionKind.Organisation, "某县交通运输局", "org-suffix"),
                Mention(MentionKind.Organisation, "运输局长", "org-suffix"),
                Mention(MentionKind.Person, "王建国", "title-name"),
                Mention(MentionKind.Person, "王建国", "known-name"),
                Mention(MentionKind.Place, "某县", "place-division"),
            ], [])]);

        Assert.Equal(
            [new RuleTally("organisation", "org-suffix", 2, 1), new RuleTally("person", "known-name", 1, 1), new RuleTally("person", "title-name", 1, 1)],
            RuleTally.Sum(score.Rules, []));
    }

    [Fact]
    public void A_quote_rule_is_scored_on_its_quotations_and_on_their_speakers()
    {
        var score = EntityScorer.Score(Labels, [new ArticleEntities([],
            [
                Quote("路修好了，村里人出门方便了", "王建国", "quote-after"),
                Quote("今年还要再修两条", null, "quote-after"),
                Quote("村村通", null, "quote-after"),
                Quote("路修好了", "王建国", "quote-before"),
            ])]);

        // 路修好了 is printed twice; its label goes to the first quotation, as the page's totals count it, so the rules add up.
        Assert.Equal(
            [
                new RuleTally("quote", "quote-after", 3, 2), new RuleTally("quote", "quote-before", 1, 0),
                new RuleTally("speaker", "quote-after", 2, 1),
            ],
            RuleTally.Sum(score.Rules, []));
        Assert.Equal(score.QuotesFound, score.Rules.Where(t => t.Kind == "quote").Sum(t => t.Right));
        Assert.Equal(score.SpeakersRight, score.Rules.Where(t => t.Kind == "speaker").Sum(t => t.Right));
    }

    [Fact]
    public void Pages_add_up_by_rule()
    {
        var sum = RuleTally.Sum(
            [new RuleTally("organisation", "org-suffix", 4, 3), new RuleTally("person", "title-name", 2, 2)],
            [new RuleTally("organisation", "org-suffix", 6, 2)]);

        Assert.Equal([new RuleTally("organisation", "org-suffix", 10, 5), new RuleTally("person", "title-name", 2, 2)], sum);
        Assert.Equal(0.5, sum[0].Precision);
    }

    private static EntityMention Mention(MentionKind kind, string name, string rule) => new(kind, name, name, null, null, 0, name.Length, rule);

    private static QuoteMention Quote(string text, string? speaker, string rule) => new(text, speaker, null, "说", 0, text.Length, rule);
}
