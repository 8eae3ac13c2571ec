using System.Security.Cryptography;
using Dapper;
using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests.ObjectStorage;

/// <summary><c>sourceArchive</c>: fetched bytes filed by sha256 in a folder or on S3, the database holding only the key, backfill reading them back.</summary>
public sealed class SourceArchiveTests
{
    [Fact]
    public async Task Run_SourceArchiveOnS3_FilesBytesBySha256AndBackfillReparsesFromThem()
    {
        await using var s3 = await S3rverServer.StartAsync();
        using var ws = new S3Workspace(s3);
        UseArchive(ws.Files, $"s3://{S3rverServer.Bucket}/archive");

        var run = await ws.RunAsync("run");
        Assert.True(run.ExitCode == 0, run.ToString());

        var store = s3.Store("archive");
        var seeds = Directory.GetFiles(ws.Files.Seeds);
        foreach (var seed in seeds)
        {
            var sha = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(seed)));
            var key = $"sources/{sha[..2]}/{sha[2..4]}/{sha}{(seed.EndsWith(".pdf", StringComparison.Ordinal) ? ".pdf" : ".txt")}";
            var head = await store.HeadAsync(key, default);
            Assert.True(head is not null, $"{key} is not in the archive");
            Assert.Equal(sha, head.Sha256);
        }
        AssertDatabaseHoldsKeysNotBytes(ws.Files, seeds.Length);

        // The seed files are gone: backfill can only have read the archive.
        foreach (var seed in seeds)
        {
            File.Delete(seed);
        }
        var backfill = await ws.RunAsync("backfill", "--all", "--reparse");
        Assert.True(backfill.ExitCode == 0, backfill.ToString());
        using var db = ws.Files.OpenDatabase();
        Assert.Equal(0L, db.ExecuteScalar<long>("SELECT COUNT(*) FROM runs WHERE status <> 'succeeded'"));
        Assert.Equal(seeds.Length, db.ExecuteScalar<long>("SELECT COUNT(*) FROM issues"));
    }

    [Fact]
    public async Task Run_SourceArchiveFolder_FilesBytesBySha256AndADamagedCopyFailsBackfillWithTheKey()
    {
        using var ws = new Workspace();
        UseArchive(ws, "archive");
        Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);

        var archived = Directory.GetFiles(Path.Combine(ws.Root, "archive", "sources"), "*", SearchOption.AllDirectories);
        Assert.Equal(Directory.GetFiles(ws.Seeds).Length, archived.Length);
        foreach (var file in archived)
        {
            Assert.Equal(Path.GetFileNameWithoutExtension(file), Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file))));
        }
        AssertDatabaseHoldsKeysNotBytes(ws, archived.Length);

        await File.AppendAllTextAsync(archived[0], "damage");
        var backfill = await ws.RunAsync("backfill", "--all", "--reparse");
        Assert.Contains(Path.GetFileNameWithoutExtension(archived[0]), backfill.Stdout + backfill.Stderr, StringComparison.Ordinal);
        Assert.Contains("damaged", backfill.Stdout + backfill.Stderr, StringComparison.Ordinal);
    }

    private static void AssertDatabaseHoldsKeysNotBytes(Workspace ws, int sources)
    {
        using var db = ws.OpenDatabase();
        var contents = db.Query<byte[]>("SELECT content FROM sources").ToList();
        Assert.Equal(sources, contents.Count);
        Assert.All(contents, c => Assert.True(c.Length < 300, $"a source row holds {c.Length} bytes, not a key"));
    }

    private static void UseArchive(Workspace ws, string archive)
    {
        var config = File.ReadAllText(ws.ConfigPath);
        File.WriteAllText(ws.ConfigPath, config.Replace("\"database\":", $"\"sourceArchive\": \"{archive}\",\n      \"database\":", StringComparison.Ordinal));
    }
}
