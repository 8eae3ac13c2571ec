using System.Diagnostics;
using Dapper;
using Xunit.Abstractions;
using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests.Faults;

/// <summary>
/// kill -9 at seeded random moments of <c>run</c>, <c>publish</c> and <c>backfill</c>; after the next pass of the
/// same verb: the database passes its integrity check, latest.json names a complete snapshot, every page is stored
/// exactly once with all its rows, and no run is left <c>running</c>.
/// </summary>
public sealed class KillMidPassTests(ITestOutputHelper output)
{
    private const int Seed = 917;
    private const int TrialsPerVerb = 4;
    private const int Pages = 40;

    public static TheoryData<string[]> Verbs() => [["run"], ["publish"], ["backfill", "--all", "--reparse"]];

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task Verb_KilledAtRandomMoments_RecoversWithEveryInvariantHeld(string[] verb)
    {
        var random = new Random(HashCode.Combine(Seed, verb[0].Length));
        for (var trial = 0; trial < TrialsPerVerb; trial++)
        {
            using var ws = ManyPages();
            if (verb[0] != "run")
            {
                Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);
            }
            // Killing anywhere from process start to a little past the work's usual end covers start-up, parsing,
            // storing, publishing and the ledger's last write.
            var killAfter = TimeSpan.FromMilliseconds(random.Next(100, 1500));
            var killed = await StartAndKillAsync(ws, verb, killAfter);

            var recovery = await ws.RunAsync(verb);

            var what = $"{string.Join(' ', verb)} trial {trial}, killed after {killAfter.TotalMilliseconds} ms ({killed})";
            output.WriteLine(what);
            Assert.True(recovery.ExitCode == 0, $"{what}: recovery {recovery}");
            AssertInvariants(ws, what);
        }
    }

    private static async Task<string> StartAndKillAsync(Workspace ws, string[] verb, TimeSpan after)
    {
        using var process = Process.Start(WeiduProcess.StartInfo(ws.Root, [.. verb, "--config", ws.ConfigPath]))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(after)) != exited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            await Task.WhenAll(stdout, stderr);
            return "killed";
        }
        await Task.WhenAll(stdout, stderr);
        return $"had already exited with {process.ExitCode}";
    }

    private static void AssertInvariants(Workspace ws, string what)
    {
        using var db = ws.OpenDatabase();
        Assert.Equal("ok", db.ExecuteScalar<string>("PRAGMA integrity_check"));
        Assert.Equal(0L, db.ExecuteScalar<long>("SELECT COUNT(*) FROM runs WHERE status = 'running' OR finished_at IS NULL"));
        var stored = db.Query<string>("SELECT source_uri FROM issues ORDER BY source_uri").ToList();
        Assert.True(stored.Count == Pages && stored.Distinct().Count() == Pages, $"{what}: {stored.Count} issues stored");
        Assert.Equal(db.ExecuteScalar<long>("SELECT SUM(article_count) FROM issues"), db.ExecuteScalar<long>("SELECT COUNT(*) FROM articles"));
        Assert.Equal((long)Pages, db.ExecuteScalar<long>("SELECT COUNT(*) FROM sources"));
        var latest = SnapshotAssert.LatestFolder(ws.OutputPath);
        SnapshotAssert.IsComplete(latest);
        Assert.Equal(Pages, SnapshotAssert.Rows(latest, "issues").Count);
    }

    /// <summary>Enough pages that a pass takes a while.</summary>
    private static Workspace ManyPages()
    {
        var ws = new Workspace();
        Assert.Equal(Pages, ws.AddSeedCopies(Pages - 1));
        return ws;
    }
}
