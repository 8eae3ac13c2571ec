using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests;

/// <summary>The text and synthetic benchmarks run end to end and report what they did; their figures are not judged here.</summary>
public sealed class BenchVerbTests
{
    [Fact]
    public async Task BenchText_OverTheSeedPages_StoresEveryCopyAndReportsRateAndSplit()
    {
        using var ws = new Workspace();
        ws.AddSeedCopies(2);

        var result = await ws.RunAsync("bench", "--text", "--passes", "2", ws.Seeds);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("3 page(s) x 2 pass(es) = 6 pages", result.Stdout);
        Assert.Contains("6 pages in", result.Stdout);
        Assert.Contains("0 rejected", result.Stdout);
        Assert.Contains("per page     parsing", result.Stdout);
        // As at a pass's end, the search index catches up with the articles stored.
        Assert.Matches(@"search index +[1-9][\d,]* articles caught up in .* parse\+store\+index", result.Stdout);
        // Issue 15's speed target is checkable by a user: what the entity extraction costs beside the parse.
        Assert.Matches(@"of the page grammar, \d+ % of parse and rows \(issue 15's budget: 20 %\); 3 page\(s\)", result.Stdout);
    }

    [Fact]
    public async Task BenchSynthetic_FortyIssues_StoresPublishesSkipsUnchangedFilesAndReparsesTheFirstMonth()
    {
        using var ws = new Workspace();

        var result = await ws.RunAsync("bench", "--synthetic", "40", ws.Seeds);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("40 issues in", result.Stdout);
        Assert.Matches(@"search index +[1-9][\d,]* articles caught up in", result.Stdout);
        // After the full publish one more page is stored and published: 41 issues from then on.
        Assert.Contains("publish      after one new page:", result.Stdout);
        Assert.Contains("idle pass    (first: reads and hashes every file): 41 unchanged, 0 stored", result.Stdout);
        Assert.Contains("idle pass    (stamps: reads nothing): 41 unchanged, 0 stored", result.Stdout);
        // 20 pages a day: the first month of 41 issues is all of them.
        Assert.Contains("41 issues of one month parsed again and replaced", result.Stdout);
    }

    [Fact]
    public async Task BenchSynthetic_Zero_IsRefusedWithWhatItTakes()
    {
        using var ws = new Workspace();

        var result = await ws.RunAsync("bench", "--synthetic", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--synthetic takes the number of issues", result.Stderr);
    }
}
