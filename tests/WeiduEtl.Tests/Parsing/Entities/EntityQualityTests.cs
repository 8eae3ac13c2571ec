using System.Text;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Entities;
using WeiduEtl.Parsing.Text;
using WeiduEtl.Quality;
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

    private static IReadOnlyList<ArticleEntities> Extract(LabelledPage page)
    {
        IEnumerable<string> bodies;
        if (page.Source.StartsWith("seeds/", StringComparison.Ordinal))
        {
            var parsed = new TextIssueParser().Parse(new SourceDocument(Path.GetFileName(SeedPage), File.ReadAllBytes(SeedPage), MediaTypes.Text));
            bodies = parsed.Articles.Select(a => a.Body);
        }
        else
        {
            bodies = TruthPageReader.Read(Path.Combine(Truth, page.Page + ".json")).Articles.Select(a => string.Join("\n", a.Body));
        }
        return [.. bodies.Select(b => Extractor.Extract(b.Normalize(NormalizationForm.FormC)))];
    }

    private static (EntityScore RuleWriting, EntityScore HeldOut) ScoreAll()
    {
        var pages = Directory.GetFiles(Labels, "*.json").Order(StringComparer.Ordinal).Select(LabelledPage.Read).ToList();
        Assert.True(pages.Count >= 10, $"{pages.Count} labelled pages in {Labels}");
        var ruleWriting = EntityScore.Empty;
        var heldOut = EntityScore.Empty;
        foreach (var page in pages)
        {
            var score = EntityScorer.Score(page, Extract(page));
            if (page.HeldOut)
            {
                heldOut += score;
            }
            else
            {
                ruleWriting += score;
            }
        }
        return (ruleWriting, heldOut);
    }

    [Fact]
    public void Score_LabelledPages_HoldsTheFloors()
    {
        var (ruleWriting, heldOut) = ScoreAll();
        output.WriteLine($"rule-writing pages: {ruleWriting}");
        output.WriteLine($"held-out pages: {heldOut}");
        output.WriteLine("rule-writing: people found that no reader labelled: " + string.Join("、", ruleWriting.NotPeople));
        output.WriteLine("rule-writing misses:\n  " + string.Join("\n  ", ruleWriting.Misses));
        output.WriteLine("held-out: people found that no reader labelled: " + string.Join("、", heldOut.NotPeople));

        // Floors as measured when set (README: first scored and now); the issue's targets are higher, see there.
        Assert.InRange(ruleWriting.PeopleRecall, 0.85, 1);
        Assert.InRange(ruleWriting.PeoplePrecision, 0.90, 1);
        Assert.InRange(ruleWriting.TitleAndOrganisationRight, 0.90, 1);
        Assert.InRange(ruleWriting.OrganisationRecall, 0.85, 1);
        Assert.InRange(ruleWriting.OrganisationPrecision, 0.45, 1);
        Assert.InRange(ruleWriting.QuotesFoundRate, 0.95, 1);
        Assert.InRange(ruleWriting.QuotePrecision, 0.90, 1);
        Assert.InRange(ruleWriting.SpeakerRight, 0.65, 1);
        Assert.InRange(heldOut.PeopleRecall, 0.38, 1);
        Assert.InRange(heldOut.PeoplePrecision, 0.65, 1);
        Assert.InRange(heldOut.TitleAndOrganisationRight, 0.50, 1);
        Assert.InRange(heldOut.OrganisationRecall, 0.60, 1);
        Assert.InRange(heldOut.QuotesFoundRate, 0.90, 1);
        Assert.InRange(heldOut.SpeakerRight, 0.50, 1);
    }
}
