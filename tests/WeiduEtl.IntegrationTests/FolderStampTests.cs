using Dapper;
using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests;

/// <summary>A pass of the real executable reads a folder file only when its size or write time moved since it was last read.</summary>
public sealed class FolderStampTests
{
    private static readonly DateTime LongAgo = new(2026, 1, 1, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Run_FileRewrittenWithSameSizeAndTime_IsNotReadAndStaysAsStored()
    {
        using var ws = new Workspace();
        var seed = Directory.GetFiles(ws.Seeds).Single();
        File.SetLastWriteTimeUtc(seed, LongAgo);
        Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);
        var bytes = File.ReadAllBytes(seed);

        // Same size, same write time, other bytes: the one case the stamps are documented to miss.
        SwapLastTwoCharacters(bytes);
        File.WriteAllBytes(seed, bytes);
        File.SetLastWriteTimeUtc(seed, LongAgo);
        var second = await ws.RunAsync("run");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("0 stored, 1 unchanged", second.Stdout);
        using var db = ws.OpenDatabase();
        Assert.Equal("unchanged", db.ExecuteScalar<string>("SELECT outcome FROM run_documents WHERE run_id = 2"));
    }

    [Fact]
    public async Task Run_FileRewrittenWithSameSizeAndANewTime_IsReadAndReplaced()
    {
        using var ws = new Workspace();
        var seed = Directory.GetFiles(ws.Seeds).Single();
        File.SetLastWriteTimeUtc(seed, LongAgo);
        Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);
        var bytes = File.ReadAllBytes(seed);

        SwapLastTwoCharacters(bytes);
        File.WriteAllBytes(seed, bytes);
        File.SetLastWriteTimeUtc(seed, LongAgo.AddMinutes(1));
        var second = await ws.RunAsync("run");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("1 stored, 0 unchanged", second.Stdout);
    }

    /// <summary>The seed page ends in two three-byte UTF-8 characters (a byline); swapping them keeps the size and valid text.</summary>
    private static void SwapLastTwoCharacters(byte[] bytes)
    {
        var end = bytes.Length;
        var last = bytes[(end - 3)..];
        Array.Copy(bytes, end - 6, bytes, end - 3, 3);
        Array.Copy(last, 0, bytes, end - 6, 3);
    }
}
