using System.Globalization;
using System.Text.Json.Nodes;
using WeiduEtl.Parsing.Pdf;
using WeiduEtl.Parsing.Text;
using WeiduEtl.Publishing.Quality;
using WeiduEtl.Quality;
using Xunit.Abstractions;

namespace WeiduEtl.Tests.Quality;

/// <summary>
/// Another paper's 59 pages, as text and as two PDF layouts, scored against their truth. The floors are what the
/// parser reached when they were set, so a change that loses articles fails here; and the scores every snapshot
/// publishes (parser-quality.json) must be what the parser scores now.
/// </summary>
public sealed class CorpusQualityTests(ITestOutputHelper output)
{
    private static readonly HashSet<DateOnly> HeldOut =
        [.. CorpusManifest.Read(CorpusPages.Folder).HeldOutDays.Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture))];

    private static readonly Lazy<IReadOnlyList<SetQuality>> Scored = new(() =>
    [
        Score("pdf-a"),
        Score("pdf-b"),
        Score("text"),
    ]);

    [Theory]
    [InlineData("text", 0.97, 0.01, 0.95, 0.95, 0.94)]
    [InlineData("pdf-a", 0.97, 0.02, 0.94, 0.93, 0.95)]
    [InlineData("pdf-b", 0.99, 0.01, 0.95, 0.95, 0.94)]
    public void Score_Rendering_HoldsTheFloors(string rendering, double found, double extra, double headers, double bodyEnds, double reporters)
    {
        var set = Scored.Value.Single(s => s.Set == rendering);
        foreach (var (name, c) in new[] { ("all", set.Total), ("rule-writing days", set.RuleWriting), ("held-out day", set.HeldOut) })
        {
            output.WriteLine($"{rendering} {name}: {c.TrueArticles} articles, found {c.ArticlesFound:P0}, extra {c.ExtraItems:P0}, headers {c.HeaderLinesRight:P0}, body ends {c.BodyEndsRight:P0}, reporters {c.ReportersRightRate:P0}, paragraphs {c.ParagraphBreaksRight:P0}");
        }
        Assert.Equal((59, 299), (set.Pages.Count, set.Total.TrueArticles));
        Assert.InRange(set.Total.ArticlesFound, found, 1);
        Assert.InRange(set.Total.ExtraItems, 0, extra);
        Assert.InRange(set.Total.HeaderLinesRight, headers, 1);
        Assert.InRange(set.Total.BodyEndsRight, bodyEnds, 1);
        Assert.InRange(set.Total.ReportersRightRate, reporters, 1);
    }

    /// <summary>The day no rule was written from meets what a data journalist needs to trust the articles table.</summary>
    [Theory]
    [InlineData("text")]
    [InlineData("pdf-a")]
    [InlineData("pdf-b")]
    public void Score_HeldOutDay_MeetsTheTargetsForTrust(string rendering)
    {
        var heldOut = Scored.Value.Single(s => s.Set == rendering).HeldOut;

        Assert.InRange(heldOut.ArticlesFound, 0.95, 1);
        Assert.InRange(heldOut.ExtraItems, 0, 0.05);
        Assert.InRange(heldOut.HeaderLinesRight, 0.90, 1);
        Assert.InRange(heldOut.BodyEndsRight, 0.90, 1);
        Assert.InRange(heldOut.ReportersRightRate, 0.90, 1);
    }

    [Fact]
    public void PublishedQuality_IsWhatTheParserScoresNow()
    {
        var published = ParserQuality.Load();
        var versions = new[] { new TextIssueParser().Version, new PdfIssueParser().Version };

        Assert.Equal(versions, published["parser_versions"]!.AsArray().Select(v => v!.GetValue<string>()));
        var renderings = published["renderings"]!.AsArray();
        foreach (var set in Scored.Value)
        {
            var measured = QualitySummary.Rendering(set);
            var recorded = renderings.Single(r => r!["rendering"]!.GetValue<string>() == set.Set)!;
            Assert.True(JsonNode.DeepEquals(measured, recorded),
                $"parser-quality.json is stale for {set.Set}: remake it with `weidu-etl quality --release > src/WeiduEtl.Publishing/Quality/parser-quality.json` and commit it with the parser change");
        }
    }

    private static SetQuality Score(string set) => CorpusScorer.Score(CorpusPages.Folder, set, CorpusPages.Parse, HeldOut);
}
