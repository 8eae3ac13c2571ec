using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests;

public sealed class WhoSaidWhatTests
{
    private const string SeedFile = "seeds/000_7dfebf5249f9bebd.txt";

    [Fact]
    public async Task Inspect_SeedPage_ShowsMentionsAndQuotesWithTheirRules()
    {
        using var ws = new Workspace();

        var result = await ws.RunAsync("inspect", SeedFile);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("mentions (", result.Stdout);
        Assert.Contains("景海燕 · 党组书记、局长 · 魏都城管局   [title-name ", result.Stdout);
        Assert.Contains("— 景海燕 这样说   [quote-before ", result.Stdout);
        Assert.Contains("— 朱文博 说   [quote-after ", result.Stdout);
    }

    [Fact]
    public async Task Run_SeedPage_PublishesQuotesLinkedToTheirSpeakersPersonMention()
    {
        using var ws = new Workspace();

        var result = await ws.RunAsync("run");

        Assert.True(result.ExitCode == 0, result.ToString());
        var snapshot = SnapshotAssert.LatestFolder(ws.OutputPath);
        var mentions = SnapshotAssert.Rows(snapshot, "mentions").ToDictionary(m => m.GetProperty("mention_id").GetString()!);
        var quote = Assert.Single(SnapshotAssert.Rows(snapshot, "quotes"), q => q.GetProperty("text").GetString()!.StartsWith("说十遍不如做一遍", StringComparison.Ordinal));
        Assert.Equal("朱文博", quote.GetProperty("speaker").GetString());
        var speaker = mentions[quote.GetProperty("speaker_mention_id").GetString()!];
        Assert.Equal(("person", "朱文博"), (speaker.GetProperty("kind").GetString(), speaker.GetProperty("name").GetString()));
        Assert.Equal(speaker.GetProperty("article_id").GetString() + ":朱文博", speaker.GetProperty("person_key").GetString());
    }
}
