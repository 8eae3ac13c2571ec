using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests;

/// <summary>
/// <c>quality --differences</c> on a user's own labelled pages, through the real executable: besides the articles, it
/// names each person, organisation and figure the extractors missed, page by page.
/// </summary>
public sealed class QualityDifferencesTests
{
    private const string Page = "cxwb-20240305-03";

    [Fact]
    public async Task Quality_WithDifferences_ListsMissedPeopleOrganisationsAndFiguresByPage()
    {
        using var ws = new Workspace();
        var corpus = WriteLabelledPage(ws.Root);

        var result = await WeiduProcess.RunAsync(ws.Root, "quality", "--corpus", corpus, "--set", "text",
            "--entity-labels", Path.Combine(ws.Root, "entities"), "--figure-labels", Path.Combine(ws.Root, "figures"), "--differences");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("entity differences, rule-writing pages", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{Page}: person missed 王芳", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{Page}: organisation missed 城东消防大队", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("figure differences, rule-writing pages", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{Page} article 1: missed     300人", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("person missed 李明", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quality_WithoutDifferences_PrintsTheScoresOnly()
    {
        using var ws = new Workspace();
        var corpus = WriteLabelledPage(ws.Root);

        var result = await WeiduProcess.RunAsync(ws.Root, "quality", "--corpus", corpus, "--set", "text",
            "--entity-labels", Path.Combine(ws.Root, "entities"), "--figure-labels", Path.Combine(ws.Root, "figures"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("entities: ", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("differences", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("missed", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quality_PageThatCreditsNobody_ShowsNoReporterScoreRatherThanNought()
    {
        using var ws = new Workspace();
        var corpus = Path.Combine(ws.Root, "corpus");
        const string page = "lxxw-20240611-01";
        Write(Path.Combine(corpus, "corpus.json"), """{ "description": "one made-up page", "held_out_days": [] }""");
        Write(Path.Combine(corpus, "text", page + ".txt"),
            "临溪新闻网 2024年6月11日 星期二\n第1版 要闻\n\n临溪县召开防汛工作会议\n\n"
            + "6月10日，临溪县召开防汛工作会议，部署今年汛期各项工作。\n");
        Write(Path.Combine(corpus, "truth", page + ".json"), $$"""
            { "page": "{{page}}", "date": "2024-06-11", "page_number": 1,
              "articles": [ { "head": ["临溪县召开防汛工作会议"], "body": ["6月10日，临溪县召开防汛工作会议，部署今年汛期各项工作。"] } ] }
            """);

        var result = await WeiduProcess.RunAsync(ws.Root, "quality", "--corpus", corpus, "--set", "text", "--pages");

        Assert.True(result.ExitCode == 0, result.ToString());
        var row = result.Stdout.Split('\n').Single(l => l.Contains(page, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["text", page, "1", "1", "100%", "+0%", "100%", "100%", "–", "100%"], row);
    }

    [Fact]
    public async Task Quality_FigureLabelsWithoutTheirPage_NamesTheMissingFileAndStillScoresArticles()
    {
        using var ws = new Workspace();
        var corpus = WriteLabelledPage(ws.Root);
        File.Delete(Path.Combine(ws.Root, "figures", "pages", Page + ".json"));

        var result = await WeiduProcess.RunAsync(ws.Root, "quality", "--corpus", corpus, "--set", "text",
            "--entity-labels", Path.Combine(ws.Root, "entities"), "--figure-labels", Path.Combine(ws.Root, "figures"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("text all", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(Path.Combine("figures", "pages", Page + ".json") + ": no such file", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quality_EntityLabelsNamingNoCorpusPage_SaysSoInsteadOfScoringNothing()
    {
        using var ws = new Workspace();
        var corpus = WriteLabelledPage(ws.Root);
        var labels = Path.Combine(ws.Root, "entities", Page + ".json");
        File.WriteAllText(labels, File.ReadAllText(labels).Replace($"corpus truth {Page}", $"my own reading of {Page}", StringComparison.Ordinal));

        var result = await WeiduProcess.RunAsync(ws.Root, "quality", "--corpus", corpus, "--set", "text",
            "--entity-labels", Path.Combine(ws.Root, "entities"), "--figure-labels", Path.Combine(ws.Root, "figures"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("none of the 1 label files", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("\"corpus truth <page>\"", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\"pages\":0", result.Stdout, StringComparison.Ordinal);
    }

    /// <summary>A made-up evening-paper page with labels that name one person, one body and one figure the page does not print.</summary>
    private static string WriteLabelledPage(string root)
    {
        var corpus = Path.Combine(root, "corpus");
        Write(Path.Combine(corpus, "corpus.json"), """{ "description": "one made-up page", "held_out_days": [] }""");
        Write(Path.Combine(corpus, "text", Page + ".txt"),
            "城西晚报 2024年3月5日 星期二\n第3版 社区\n\n城西街道开展消防演练\n\n本报记者 孙悦\n\n"
            + "3月4日，城西街道组织辖区120家商户开展消防演练。城西街道办事处主任李明说：“安全无小事，演练要常态化。”\n");
        var truth = $$"""
            { "page": "{{Page}}", "date": "2024-03-05", "page_number": 3,
              "articles": [ { "head": ["城西街道开展消防演练"],
                "body": ["3月4日，城西街道组织辖区120家商户开展消防演练。城西街道办事处主任李明说：“安全无小事，演练要常态化。”"] } ] }
            """;
        Write(Path.Combine(corpus, "truth", Page + ".json"), truth);
        Write(Path.Combine(root, "figures", "pages", Page + ".json"), truth);
        Write(Path.Combine(root, "entities", Page + ".json"), $$"""
            { "page": "{{Page}}", "source": "corpus truth {{Page}}", "split": "rules",
              "people": [ { "name": "李明", "title": "主任", "organisation": "城西街道办事处" }, { "name": "王芳", "title": "书记", "organisation": null } ],
              "organisations": [ "城西街道办事处", "城东消防大队" ],
              "quotes": [ { "start": "安全无小事", "speaker": "李明" } ] }
            """);
        Write(Path.Combine(root, "figures", "labels", Page + ".json"), $$"""
            { "page": "{{Page}}", "held_out": false, "articles": [ { "index": 0, "never": [],
              "figures": [ { "text": "120家", "value": 120, "unit": "家", "qualifier": "exact", "label": "商户", "head": "商户" },
                           { "text": "300人", "value": 300, "unit": "人", "qualifier": "exact", "label": "参加演练", "head": "演练" } ] } ] }
            """);
        return corpus;
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
