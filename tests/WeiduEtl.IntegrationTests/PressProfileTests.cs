using Dapper;
using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests;

/// <summary>A pipeline's press profile, through the real executable: read at start, stamped on each issue, and a change re-parses.</summary>
public sealed class PressProfileTests
{
    [Fact]
    public async Task Backfill_AfterTheProfileChanged_ParsesTheIssuesReadWithTheOldOneAgain()
    {
        using var ws = new Workspace();
        var profile = Path.Combine(ws.Root, "profile.json");
        File.WriteAllText(profile, """{ "description": "魏都区 page", "boxLabels": ["魏都观察"] }""");
        AddProfile(ws, "profile.json");
        Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);
        var first = StoredVersions(ws);

        File.WriteAllText(profile, """{ "description": "魏都区 page", "boxLabels": ["魏都观察", "一线声音"] }""");
        var backfill = await ws.RunAsync("backfill", "--all");

        Assert.True(backfill.ExitCode == 0, backfill.ToString());
        Assert.Matches(@"^text-[0-9.]+\+profile\.[0-9a-f]{8}$", Assert.Single(first));
        var second = Assert.Single(StoredVersions(ws));
        Assert.NotEqual(first[0], second);
        Assert.Contains("1 issues selected, 1 left to parse again", backfill.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithABrokenProfile_ExitsTwoNamingTheFileAndField()
    {
        using var ws = new Workspace();
        File.WriteAllText(Path.Combine(ws.Root, "profile.json"), """{ "roleWord": [] }""");
        AddProfile(ws, "profile.json");

        var result = await ws.RunAsync("run");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("profile.json: field 'roleWord': not a known field; did you mean 'roleWords'?", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(ws.DatabasePath));
    }

    [Fact]
    public async Task Inspect_WithProfile_ShowsWhichProfileEntriesDecidedEachItem()
    {
        using var ws = new Workspace();
        var page = Path.Combine(ws.Root, "page.txt");
        File.WriteAllText(page, "城西区\n\n城西快报\n\n■ 城西街道开展消防演练\n\n城西网讯（记者　孙悦）11月3日，城西街道组织商户开展消防演练。\n");
        File.WriteAllText(Path.Combine(ws.Root, "p.json"), """{ "briefColumns": ["快报"], "houseNames": ["城西网"] }""");

        var result = await ws.RunAsync("inspect", page, "--profile", Path.Combine(ws.Root, "p.json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("brief · 城西快报", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("section ← briefColumns \"快报\" (profile)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("dateline ← houseNames \"城西网\" (profile)", result.Stdout, StringComparison.Ordinal);
    }

    private static void AddProfile(Workspace ws, string path)
    {
        var config = File.ReadAllText(ws.ConfigPath);
        File.WriteAllText(ws.ConfigPath, config.Replace("\"keepSnapshots\": 3", $"\"keepSnapshots\": 3, \"profile\": \"{path}\"", StringComparison.Ordinal));
    }

    private static List<string> StoredVersions(Workspace ws)
    {
        using var db = ws.OpenDatabase();
        return [.. db.Query<string>("SELECT DISTINCT parser_version FROM issues")];
    }
}
