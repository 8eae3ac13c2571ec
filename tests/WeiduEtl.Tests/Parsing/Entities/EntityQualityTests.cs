using System.Text;
using System.Text.Json.Nodes;
using WeiduEtl.Core.Documents;
using WeiduEtl.Parsing.Entities;
using WeiduEtl.Parsing.Entities.Quality;
using WeiduEtl.Parsing.Text;
using WeiduEtl.Publishing.Quality;
using Xunit.Abstractions;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// People, organisations and quotations on hand-labelled pages (tests/fixtures/entities/), scored on the pages the
/// rules were written from and on the held-out day (2020-01-20) apart. The floors are what the rules reached when
/// they were set; a change that loses people or speakers fails here, and the report says which.
/// </summary>
public sealed class EntityQualityTests(ITestOutputHelper output)
{
    private static readonly string Labels = Path.Combine(AppContext.BaseDirectory, "Parsing", "Entities", "Labels");
    private static readonly string Truth = Path.Combine(AppContext.BaseDirectory, "Quality", "Corpus", "truth");
    private static readonly string SeedPage = Path.Combine(AppContext.BaseDirectory, "Parsing", "Figures", "SeedPage", "000_7dfebf5249f9bebd.txt");
    private static readonly RuleBasedEntityExtractor Extractor = new();

    /// <summary>Every labelled page with its bodies: corpus pages from the truth, the seed page as the text parser reads it.</summary>
    private static List<EntityLabelPage> Pages()
    {
        var pages = EntityLabelPage.ReadCorpusPages(Labels, Truth).ToList();
        foreach (var path in Directory.GetFiles(Labels, "seed-*.json"))
        {
            var labels = EntityLabelSet.Parse(File.ReadAllText(path));
            var parsed = new TextIssueParser().Parse(new SourceDocument(Path.GetFileName(SeedPage), File.ReadAllBytes(SeedPage), MediaTypes.Text));
            pages.Add(new EntityLabelPage(labels, [.. parsed.Articles.Select(a => a.Body.Normalize(NormalizationForm.FormC))]));
        }
        return [.. pages.OrderBy(p => p.Labels.Page, StringComparer.Ordinal)];
    }

    private static (EntityScore RuleWriting, EntityScore HeldOut) ScoreAll()
    {
        var pages = Pages();
        Assert.True(pages.Count >= 10, $"{pages.Count} labelled pages in {Labels}");
        var quality = EntityQuality.Score(pages, Extractor);
        return (quality.RuleWriting, quality.HeldOut);
    }

    [Fact]
    public void Published_EntitiesSection_IsWhatTheExtractorScoresNow()
    {
        var now = EntityQuality.Score(EntityLabelPage.ReadCorpusPages(Labels, Truth), Extractor).ToJson();
        var published = ParserQuality.Load()["entities"];

        Assert.True(published is not null && JsonNode.DeepEquals(now, published),
            "parser-quality.json's entities section is stale: remake it with `weidu-etl quality --release > src/WeiduEtl.Publishing/Quality/parser-quality.json`"
            + " and commit it with the change (the scores are not printed here: they hold the held-out totals, which only the lead reads).");
    }

    [Fact]
    public void Score_LabelledPages_HoldsTheFloors()
    {
        var (ruleWriting, heldOut) = ScoreAll();
        output.WriteLine($"rule-writing pages: {ruleWriting}");
        output.WriteLine($"held-out pages: {heldOut}");
        output.WriteLine("rule-writing: people found that no reader labelled: " + string.Join("、", ruleWriting.NotPeople));
        output.WriteLine("rule-writing: organisations found that no reader labelled: " + string.Join("、", ruleWriting.NotOrganisations));
        output.WriteLine("rule-writing misses:\n  " + string.Join("\n  ", ruleWriting.Misses));
        // Held-out pages: totals only, so their misses never reach whoever writes rules.

        // Floors as measured when set (README: first scored and now); the issue's targets are higher, see there. The held-out
        // floors fell when two pages labelled blind (20200120-06, -13: a reporter's first-person feature) joined the four
        // whose misses the result-list and affiliation rules were written from.
        // Rule-writing people recall fell from 0.93 when two harder pages were labelled (20200102-03, 20200113-06); the
        // first eight pages lost no one. Title and organisation fell from 0.92 to 0.887 when two more pages were labelled
        // blind (20200102-07, 20200113-19: chains like 中国盲文出版社信息无障碍中心主任何川 that are still read short);
        // right speaker (with the seed page) rose to 0.855 with the subject rules (pronouns, forms of address, colon and comma subjects).
        // Two pages labelled blind later (20200113-14, 20200102-17: an international page with companies and bodies
        // without an ending) lowered people precision and organisation recall; the general grammar rules written from
        // their misses lifted organisation precision from 0.50 to 0.56.
        // Two more pages labelled blind (20200113-03: Burmese, Japanese and German names; 20200102-13: people named
        // without a title) lowered the people and organisation floors; first score of the two: people 58 %, right speaker 69 %.
        // Three more pages labelled blind (20200113-11, 20200102-18, 20200113-08: provincial procuracy and CPPCC reports,
        // a tour designer's feature) lowered people precision (0.90), title and organisation (0.85) and organisation recall
        // (0.80); the clause and sentence speaker rules written from their misses took right speaker from 0.82 to 0.87 there.
        // Two more pages labelled blind (20200102-11, 20200113-04; first score: people 75 %, right speaker 68 %) and the
        // name-boundary, organisation-run, descriptor-list and shared-subject rules written from the misses (without the
        // seed page): people 0.853 → 0.869 (precision 0.903 → 0.924), organisations 0.806 → 0.825 (precision 0.582 → 0.608),
        // right speaker 0.900 → 0.920; held-out organisation precision 0.367 → 0.375, the other held-out totals unchanged.
        // Two more pages labelled blind (20200102-04, 20200113-13; first score: people 57 %, organisations 64 % / 35 %, right
        // speaker 79 %) lowered organisation recall to 0.815 (bodies without an ending: 海军, 中国女排, 区政府; 12306技术部);
        // the venue, verb-ending, passive 所 and kind rules written then took organisation precision 0.59 → 0.67 (held-out
        // 0.38 → 0.41), the descriptor-manner and group-adverb rules people 0.85 → 0.86 and right speaker 347 → 352 of 382 (corpus pages).
        // Three more pages labelled blind (20200113-12, 20200113-15, 20200102-20: an academician's profile, a sports page with
        // pairs and an election, a television review; first score: people 28 %, organisations 69 % / 48 %, right speaker 80 %)
        // lowered people recall to 0.77 and organisation recall and precision to 0.80 and 0.65 (teams, firms and bodies
        // without an ending); the elected-name, paired-name and trade-title rules written then took people to 0.84.
        // Three more pages labelled blind (20200113-16, 20200102-14, 20200102-12: an international page of companies and
        // envoys, a poverty-relief cadre's story, cinema and games; first score: people 61 %, title and organisation 70 %,
        // organisations 57 % / 58 %, right speaker 68 %) lowered people recall to 0.82, title and organisation to 0.84,
        // organisation recall to 0.77 and right speaker to 0.90 (410 of 457); the counted-stranger, body-of-a-kind,
        // counted-list, report-runs-on and described-subject rules written then took them to 0.83, 0.84, 0.78 and 0.912 (417 of 457).
        // Two more pages labelled blind (20200113-18, 20200102-06: a finance page of bankers and analysts, a review of the
        // leader's year full of his quotations; first score: people 65 %, organisations 65 % / 60 %, right speaker 63 %)
        // lowered right speaker to 0.887 (446 of 503); the following-subject, words-owner, task-body, two-letter foreign
        // name and publication rules written then took it to 0.90 (453 of 503) and people to 0.84 (322 of 383).
        // Two more pages labelled blind (20200113-20, 20200113-10: a prospecting crew's feature with speakers named after
        // their words, a history page and heroes' profiles full of names without a title; first score: people 34 %,
        // organisations 58 % / 53 %, right speaker 64 %) lowered people recall to 0.81 (332 of 412), organisation recall to
        // 0.77 and right speaker to 0.89 (467 of 525); the date, movement-verb, numbered-team, party-name, verse, meeting,
        // relative, demonstrative-post and hearer rules written then took organisations to 471 (precision 0.64 → 0.67,
        // held-out 0.41 → 0.45) and right speaker to 471 of 526.
        // Two more pages labelled blind (20200113-01, 20200113-05: a front page with a Uyghur family's quotations and the
        // discipline review 20200113-06 continues, a commentary page; first score: people 86 %, organisations 77 % / 64 %,
        // right speaker 85 %) took right speaker to 511 of 573; the quotation-run, owner-after-ellipsis, conjunction, frame,
        // manner, surname-and-post, colon-group and long-clause speaker rules and the department, former-body and
        // shortened-company rules written then took it to 515 of 575, organisations to 511 of 652 and, on the held-out pages,
        // quotes found 0.911 → 0.922 and right speaker 0.634 → 0.639.
        // 0.811 → 0.818 (355 of 434) with names after descriptors ending in 人/员/户/者 printed again (SuffixedDescriptors).
        // Four pages labelled blind on 2026-12-02 (20200102-01, -05, -09, -16: a front page, commentaries, a theory page, a
        // law's full text; first score: people 60 % (precision 75 %), organisations 83 % / 40 %, right speaker 85 %)
        // lowered people recall to 0.815 (374 of 459) and organisation precision to 0.70 (the set grew; no rule changed).
        // 374 -> 377 of 459 (0.821) with people26's lists of three names after a role noun (RankWholeArmyAndRoleListRuleTests).
        // 0.821 -> 0.811 (379 of 466) when 20200113-09 and -17 were labelled blind on 2026-12-03 (a theory page's thinkers
        // named bare: people 2 of 7 on the two, first score); no rule changed.
        // 0.811 -> 0.828 with the seed page (386 of 466; precision 0.91) with title27's court, army and company posts, trades before names and
        // bare names stating a view (PostChainAndBareSpeakerRuleTests) and org27's callings and kin (CalledAndKinDescriptorRuleTests).
        // 0.826 -> 0.835 (text-1.46) with people32's verb boundaries (jieba verbs after a descriptor and a name), transliterated
        // names running on, bare level bodies before posts, 等-lists taking their post and posts after 是 (AppositivePosts).
        Assert.InRange(ruleWriting.PeopleRecall, 0.83, 1);
        // 0.919 -> 0.96 (text-1.45) with lexicon32's common dictionary words as no names (jieba's dictionary, DictionaryWordNameRuleTests);
        // held-out precision 0.837 -> 0.863, recall unchanged on both.
        // 0.964 -> 0.972 (text-1.46) with people32's rules; held-out precision 0.863 -> 0.859 (one more false person, below).
        Assert.InRange(ruleWriting.PeoplePrecision, 0.965, 1);
        // 0.83 → 0.86 with bodies without an ending before a post and a name (people23, BodyBeforePostRuleTests).
        // 0.857 → 0.862 with a body's office or section before a post (people25, SubUnitBeforePostRuleTests).
        // 0.862 -> 0.875 with title27's posts of courts, armies and companies and villages before their posts.
        // 0.875 -> 0.879 (text-1.46) with people32's level bodies and divisions before posts (held-out 0.701 -> 0.707).
        Assert.InRange(ruleWriting.TitleAndOrganisationRight, 0.875, 1);
        // Issue 15 (people22): the everyday-ending, opening-verb and group-ending rules (EverydayEndingAndOpeningVerbRuleTests,
        // GroupAndVerbLikeEndingRuleTests) took organisations 0.781 → 0.788 and precision 0.669 → 0.685.
        // 0.788 → 0.825 (515 → 538 of 652) and 0.685 → 0.71 with people23's bodies before posts, kinds after 各/每 and ranges,
        // lists read whole between 、 marks and sources before 获悉/了解到.
        // 0.823 → 0.830 and 0.71 → 0.719 with people25's sub-units, bodies joined by 与/和 and verbs that open no name.
        // 0.831 -> 0.842 (569 of 676, the four 2026-12-02 pages in) with people26's armies, short forms defined in brackets
        // and divisions opening with an adverb's letter (正蓝旗).
        Assert.InRange(ruleWriting.OrganisationRecall, 0.845, 1);
        // Precision 0.70 -> 0.694 with the two pages of 2026-12-03 (organisations 0.875, precision 0.52 on the two).
        // 0.694 -> 0.741 (recall 0.841 -> 0.844) with org27's described bodies (DescribedBodyRuleTests: a verb with a kind of
        // institution, organs of a level, kinds of unit, squads) and penalties; held-out precision 0.529 -> 0.546.
        // 0.741 -> 0.767 (recall 0.844 -> 0.848; text-1.41) with org28's governments of no place, a country's kind, two
        // bodies joined by 与/和, ranks and venues named 中心 (DescribedBodyRuleTests); held-out precision 0.546 -> 0.557.
        // 0.769 -> 0.778 (text-1.44) with org31's descriptive phrases ending like a body (a facility's 项目, an app in quotes,
        // names of kind words only, a bare 支部, outlets signing a credit); held-out precision unchanged (0.565).
        // 0.778 -> 0.787 (recall 0.849 -> 0.851; text-1.46) with org32's heads of everyday words read by jieba's tags
        // (CommonWordHeadRuleTests); held-out precision 0.565 -> 0.593.
        // 0.787 -> 0.790 (text-1.47) with org33's clause around a body's name read by jieba's tags and the division list
        // (ClauseAroundBodyNameRuleTests); held-out precision 0.593 -> 0.599, recall 0.705 -> 0.707.
        // 0.790 -> 0.795 (text-1.48) with ent34's words cut from a clause, 站/所/院落 and drivers' 司 (ClauseWordAndGroupBodyRuleTests
        // and the round's other tests); held-out precision unchanged (0.599).
        // 0.797 -> 0.802 (text-1.52) with ent37's kind-only bodies and verb phrases before a bare institution
        // (KindOnlyBodyRuleTests, ClauseBeforeBareBodyRuleTests); held-out precision 0.599 -> 0.605.
        Assert.InRange(ruleWriting.OrganisationPrecision, 0.80, 1);
        // 0.991 -> 0.994 (text-1.47) with quote33's short words placed as speech (ShortSpeechAndVoiceRuleTests).
        Assert.InRange(ruleWriting.QuotesFoundRate, 0.99, 1);
        // 0.906 -> 0.92 with speaker26's quoted names of things (“…”课题/模块/项目) as no speech (DesignatedTermQuoteRuleTests).
        // 0.918 -> 0.951 (text-1.46) with speaker32's quoted terms that their clause runs through (EmbeddedTermAndCountedSubjectRuleTests);
        // held-out 0.861 -> 0.93, quotes found there 0.966 -> 0.962 (one quotation of 262).
        Assert.InRange(ruleWriting.QuotePrecision, 0.945, 1);
        // Right speaker 0.87 → 0.92 (with the seed page) with the text-1.25 speaker rules; held-out 0.55 → 0.62.
        // 515 → 516 of 575 (with the seed page, 0.897) with 有人 and verbs of calling out as attribution (ShortReportAndCallingRuleTests).
        // 516 → 519 of 575 (0.903) with counted groups speaking the quotation before them (CountedGroupSpeakerRuleTests).
        // 590 -> 591 of 649 (0.911, the four 2026-12-02 pages in) with speaker26's groups, colon runs and moment clauses.
        // 0.911 -> 0.908 (595 of 655) with the two pages of 2026-12-03 (four of their six quotations' speakers right, first score).
        // 595 -> 596 of 655 (0.910, text-1.40) with title27's bare names stating a view (某某认为, 正如某某所说).
        Assert.InRange(ruleWriting.SpeakerRight, 0.909, 1);
        // Held out: the six pages of the held-out day labelled first (20200120-01, -06, -13, -14, -15, -17) and, since 2026-12-02,
        // five more of that day labelled blind before any extractor ran on them (20200120-02, -04, -08, -11, -16; README of
        // the fixtures). The floors fell then because the set grew, not because a rule changed: the six alone stood at people 0.806
        // (precision 0.857), title and organisation 0.833, organisations 0.712 (0.46), quotes found 0.922, right speaker 0.651
        // after the people23 rules; the five alone, first scored before those rules, at 0.683 (0.741), 0.674, 0.622 (0.527), 0.982,
        // 0.722, and after them at 0.683 (0.741), 0.721, 0.629 (0.529), 0.982, 0.722. Five more labelled blind on 2026-12-02
        // (20200120-03, -05, -07, -09, -10; entlabel25), first scored on text-1.37 at people 0.634 (0.743), title and
        // organisation 0.692, organisations 0.732 (0.52), quotes found 1.0, right speaker 0.766, lowered the floors again:
        // the sixteen together (0.719 (0.788), 0.772, 0.68 (0.508), 0.962, 0.706 after people25) were the floors. Four more
        // labelled blind on 2026-12-03 (20200120-12, -18, -19, -20; entlabel27h), first scored on text-1.39 at people 0.621
        // (0.976), title and organisation 0.512, organisations 0.72 (0.608), quotes found 0.981, right speaker 0.827, moved
        // them again: the twenty together, 0.692 (0.828), 0.707, 0.689 (0.529), 0.966, 0.731, are the floors.
        Assert.InRange(heldOut.PeopleRecall, 0.69, 1);
        // 0.863 -> 0.859 on text-1.46 (one more false person) with people32's rules, which took held-out title and organisation
        // 0.701 -> 0.707 and the other papers' rule-writing sets I and J from 0.865 to 0.906 precision: kept.
        Assert.InRange(heldOut.PeoplePrecision, 0.855, 1);
        // 0.784 → 0.794 when 20200120-01's three state councillors were relabelled to the chain rule (the post next to the
        // name: 国务院食品安全委员会主任), as 20200120-04 labels the same article.
        Assert.InRange(heldOut.TitleAndOrganisationRight, 0.70, 1);
        // 0.689 (0.529) -> 0.705 (0.546) on text-1.40 with org27's described bodies and title27's posts; no held-out page read.
        Assert.InRange(heldOut.OrganisationRecall, 0.70, 1);
        Assert.InRange(heldOut.OrganisationPrecision, 0.603, 1);
        Assert.InRange(heldOut.QuotesFoundRate, 0.96, 1);
        // 0.731 -> 0.727 (one quotation of 253) and people precision 0.824 -> 0.82 (one more false person) on text-1.41 with
        // speaker28's rules for other papers' speakers (OtherPaperSpeakerRuleTests), which took the blind other-papers
        // sets (outside the repository; README) from 0.867 to 0.90 right speaker and people 0.667 -> 0.694: kept.
        Assert.InRange(heldOut.SpeakerRight, 0.725, 1);
    }
}
