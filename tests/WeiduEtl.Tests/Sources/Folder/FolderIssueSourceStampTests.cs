using System.Text;
using Microsoft.Extensions.Time.Testing;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;
using WeiduEtl.Sources.Folder;
using WeiduEtl.Storage;
using WeiduEtl.Tests.Support;

namespace WeiduEtl.Tests.Sources.Folder;

/// <summary>The folder source skips files whose size and write time match their stamp and whose content the store holds.</summary>
public sealed class FolderIssueSourceStampTests : IDisposable
{
    private static readonly DateTime Written = new(2026, 1, 1, 8, 0, 0, DateTimeKind.Utc);

    private readonly TempFolder _temp = new();
    private readonly StoreFactory _stores = new();
    private readonly FolderIssueSource _source;
    private readonly PipelineOptions _pipeline;

    public FolderIssueSourceStampTests()
    {
        _source = new FolderIssueSource(_stores, new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero)));
        Directory.CreateDirectory(_temp.File("pages"));
        _pipeline = new PipelineOptions
        {
            Name = "p", Publication = "人民日报", Database = _temp.File("weidu.db"),
            Source = new SourceOptions { Type = "folder", Path = "pages", Include = ["*.txt"], BaseDirectory = _temp.Path },
        };
    }

    public void Dispose()
    {
        _stores.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task Fetch_StoredFileUntouched_IsUnchangedWithItsStoredSha()
    {
        Write("a.txt", "第一版");
        var first = Assert.Single(await FetchAsync());
        await StoreAsync(first.Document!);

        var second = Assert.Single(await FetchAsync());

        Assert.Null(second.Document);
        Assert.Equal("pages/a.txt", second.SourceUri);
        Assert.Equal(first.Document!.Sha256, second.UnchangedSha256);
    }

    [Fact]
    public async Task Fetch_SameSizeAndWriteTimeButOtherBytes_IsTakenAsUnchangedWithoutReading()
    {
        Write("a.txt", "第一版");
        var first = Assert.Single(await FetchAsync());
        await StoreAsync(first.Document!);
        Write("a.txt", "第二版");

        var second = Assert.Single(await FetchAsync());

        // The documented edge: a rewrite that keeps size and write time is not seen until one of them moves.
        Assert.Equal(first.Document!.Sha256, second.UnchangedSha256);
    }

    [Fact]
    public async Task Fetch_WriteTimeMoved_ReadsAndHashesTheFileAgain()
    {
        Write("a.txt", "第一版");
        var first = Assert.Single(await FetchAsync());
        await StoreAsync(first.Document!);
        Write("a.txt", "第二版", Written.AddMinutes(1));

        var second = Assert.Single(await FetchAsync());

        Assert.Null(second.UnchangedSha256);
        Assert.Equal("第二版", Encoding.UTF8.GetString(second.Document!.Content));
    }

    [Fact]
    public async Task Fetch_LinkWhoseTargetChanged_ReadsTheTargetAgain()
    {
        Write("target.txt", "第一版");
        File.CreateSymbolicLink(_temp.File(Path.Combine("pages", "link.txt")), _temp.File(Path.Combine("pages", "target.txt")));
        foreach (var document in await FetchAsync())
        {
            await StoreAsync(document.Document!);
        }
        Write("target.txt", "第二版，更长", Written.AddMinutes(1));

        var second = await FetchAsync();

        Assert.Equal(["第二版，更长", "第二版，更长"], second.Select(d => Encoding.UTF8.GetString(d.Document!.Content)));
    }

    [Fact]
    public async Task Fetch_ContentNotStored_ReadsTheFileAgain()
    {
        // Read once but never stored (it failed to parse, or the pass was stopped before storing it).
        Write("a.txt", "第一版");
        Assert.Single(await FetchAsync());

        var second = Assert.Single(await FetchAsync());

        Assert.NotNull(second.Document);
    }

    [Fact]
    public async Task Fetch_FileWrittenJustBeforeItWasRead_IsNotStampedAndIsReadAgain()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(Written.AddSeconds(1)));
        var source = new FolderIssueSource(_stores, clock);
        Write("a.txt", "第一版");
        var first = Assert.Single(await FetchAsync(source));
        await StoreAsync(first.Document!);
        clock.Advance(TimeSpan.FromMinutes(5));

        var second = Assert.Single(await FetchAsync(source));

        Assert.NotNull(second.Document);
    }

    [Fact]
    public async Task Fetch_WithoutStoreOrFetchState_ReadsEveryFileEveryPass()
    {
        var source = new FolderIssueSource();
        Write("a.txt", "第一版");
        var first = Assert.Single(await FetchAsync(source));
        await StoreAsync(first.Document!);

        Assert.NotNull(Assert.Single(await FetchAsync(source)).Document);
    }

    private void Write(string name, string text, DateTime? writtenAt = null)
    {
        var path = _temp.File(Path.Combine("pages", name));
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, writtenAt ?? Written);
    }

    private async Task<List<FetchedDocument>> FetchAsync(FolderIssueSource? source = null)
    {
        var fetched = new List<FetchedDocument>();
        await foreach (var document in (source ?? _source).FetchAsync(_pipeline, default))
        {
            fetched.Add(document);
        }
        return fetched;
    }

    private Task StoreAsync(SourceDocument document)
    {
        var issue = new IssueRow
        {
            IssueId = "p-" + document.Sha256[..12], Pipeline = "p", Publication = "人民日报", SourceUri = document.SourceUri,
            SourceSha256 = document.Sha256, SourceBytes = document.Content.Length, MediaType = document.MediaType, PageCount = 1,
            FirstSeenAt = "2026-01-01T00:00:00Z", ParsedAt = "2026-01-01T00:00:00Z", ParserVersion = "text-1",
        };
        return _stores.Issues(_pipeline.Database).SaveIssueAsync(new IssueRecord(issue, [], [], [], [], [], [], document.Content), default);
    }
}
