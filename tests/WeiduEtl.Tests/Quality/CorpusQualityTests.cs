using WeiduEtl.Core.Documents;
using WeiduEtl.Parsing.Text;
using WeiduEtl.Quality;
using Xunit.Abstractions;

namespace WeiduEtl.Tests.Quality;

/// <summary>
/// The text rendering of another paper's 59 pages, scored against their truth. The floors are what the parser reached
/// when they were set; a change that loses articles fails here, and the report says where.
/// </summary>
public sealed class CorpusQualityTests(ITestOutputHelper output)
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Quality", "Corpus");

    [Fact]
    public void Score_TextRendering_HoldsTheFloors()
    {
        var parser = new TextIssueParser();
        var set = CorpusScorer.Score(Corpus, "text",
            file => parser.Parse(new SourceDocument(Path.GetFileName(file), File.ReadAllBytes(file), MediaTypes.Text)),
            new HashSet<DateOnly> { new(2020, 1, 20) });

        foreach (var (name, c) in new[] { ("all", set.Total), ("rule-writing days", set.RuleWriting), ("held-out day", set.HeldOut) })
        {
            output.WriteLine($"{name}: {c.TrueArticles} articles, found {c.ArticlesFound:P0}, extra {c.ExtraItems:P0}, headers {c.HeaderLinesRight:P0}, body ends {c.BodyEndsRight:P0}, reporters {c.ReportersRightRate:P0}, paragraphs {c.ParagraphBreaksRight:P0}");
        }
        Assert.Equal(59, set.Pages.Count);
        Assert.Equal(299, set.Total.TrueArticles);
        Assert.InRange(set.Total.ArticlesFound, 0.79, 1);
        Assert.InRange(set.Total.ExtraItems, 0, 0.13);
        Assert.InRange(set.Total.HeaderLinesRight, 0.81, 1);
        Assert.InRange(set.Total.BodyEndsRight, 0.73, 1);
        Assert.InRange(set.Total.ReportersRightRate, 0.89, 1);
    }
}
