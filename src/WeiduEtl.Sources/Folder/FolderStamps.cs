using System.Text.Json;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Sources.Folder;

/// <summary>
/// The folder source's memory between passes: each file's <see cref="FileStamp"/> from when it was last read, kept in
/// the pipeline's fetch state as one value. A file is skipped without being read when its size and last write time
/// are those of its stamp and the store holds the stamp's content; anything else is read and hashed again.
/// </summary>
/// <remarks>
/// A file rewritten with other bytes of the same size inside the same last-write tick (100 ns; a second or two on
/// file systems with coarse times) looks unchanged and is not read again until its size or time moves: the accepted
/// price of not reading every file on every pass. To guard the common case of that, a file written in the last
/// <see cref="SettleTime"/> before it was read is not stamped (it may still be being written), so the next pass reads it again.
/// </remarks>
internal sealed class FolderStamps(IFetchStateStore fetchState, PipelineOptions pipeline, IReadOnlyDictionary<string, FileStamp> previous, IReadOnlySet<string> storedContent)
{
    private const string Key = "folder:stamps";

    /// <summary>Longer than the coarsest last-write-time resolution in common use (FAT's 2 s).</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(3);

    private readonly Dictionary<string, FileStamp> _current = new(StringComparer.Ordinal);

    public static async Task<FolderStamps> LoadAsync(IFetchStateStore fetchState, IIssueStore store, PipelineOptions pipeline, CancellationToken cancellationToken)
    {
        var saved = await fetchState.GetAsync(pipeline.Name, Key, cancellationToken);
        var previous = saved is null ? null : Deserialize(saved);
        var stored = await store.ListSourcesAsync(pipeline.Name, cancellationToken);
        return new FolderStamps(fetchState, pipeline, previous ?? new Dictionary<string, FileStamp>(), stored.Select(s => s.Sha256).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The content the store holds for this file when its stamp says it has not changed since; else null (read it).</summary>
    public string? UnchangedContent(string relative, (long Size, long Modified)? look)
    {
        if (look is not { } now || !previous.TryGetValue(relative, out var stamp) || !stamp.Matches(now) || !storedContent.Contains(stamp.Sha256))
        {
            return null;
        }
        _current[relative] = stamp;
        return stamp.Sha256;
    }

    /// <summary>Remembers a file just read, when it did not change while it was read and has not just been written.</summary>
    public void Read(string relative, (long Size, long Modified)? before, (long Size, long Modified)? after, string sha256, DateTimeOffset readAt)
    {
        if (before is not { } stat || before != after || readAt.UtcTicks - stat.Modified < SettleTime.Ticks)
        {
            return;
        }
        _current[relative] = new FileStamp(stat.Size, stat.Modified, sha256);
    }

    /// <summary>Writes the stamps of the files seen in this pass (files gone from the folder drop out), when they changed.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        if (_current.Count == previous.Count && _current.All(c => previous.TryGetValue(c.Key, out var p) && p == c.Value))
        {
            return;
        }
        await fetchState.SetAsync(pipeline.Name, Key, JsonSerializer.Serialize(_current), cancellationToken);
    }

    /// <summary>Stamps that cannot be read (written by another version) are forgotten: every file is then read once.</summary>
    private static Dictionary<string, FileStamp>? Deserialize(string saved)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, FileStamp>>(saved);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
