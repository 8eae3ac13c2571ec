using Microsoft.Extensions.Logging;
using System.Runtime.CompilerServices;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Sources.Folder;

/// <summary>
/// Reads every matching file of a folder (and its sub-folders), in a stable order. A file that cannot be
/// read is yielded as a failure naming the file, and the pass goes on. A link leading out of the folder (x.txt →
/// /etc/passwd) is skipped with a warning unless <c>source.followLinksOutside</c> is set: whoever can drop a link
/// into the folder must not be able to publish any file the service can read.
/// With the pipeline's store and fetch state at hand, a file whose size and last write time are those it had when it
/// was last read, and whose content the store holds, is yielded as unchanged without reading it (<see cref="FolderStamps"/>).
/// </summary>
public sealed class FolderIssueSource(
    IStoreFactory? stores = null,
    TimeProvider? time = null,
    ILogger<FolderIssueSource>? logger = null) : IIssueSource
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public string Type => "folder";

    public IEnumerable<string> Validate(PipelineOptions pipeline, string baseDirectory)
    {
        var source = pipeline.Source;
        if (string.IsNullOrWhiteSpace(source.Path))
        {
            yield return "field 'source.path': required for a folder source (e.g. \"seeds\")";
        }
        else if (!Directory.Exists(Path.GetFullPath(source.Path, baseDirectory)))
        {
            yield return $"field 'source.path': folder '{Path.GetFullPath(source.Path, baseDirectory)}' does not exist; create it or fix the path";
        }
        if (source.Include.Count == 0)
        {
            yield return "field 'source.include': list at least one file pattern (e.g. \"*.txt\")";
        }
    }

    public async IAsyncEnumerable<FetchedDocument> FetchAsync(PipelineOptions pipeline, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var listing = ListFiles(pipeline);
        foreach (var skipped in listing.Skipped)
        {
            logger?.LogWarning("Folder source of pipeline {Pipeline}: skipped {Link}", pipeline.Name, skipped);
        }
        var stamps = stores is not null ? await FolderStamps.LoadAsync(stores.FetchState(pipeline.Database), stores.Issues(pipeline), pipeline, cancellationToken) : null;
        foreach (var (relative, fullPath) in listing.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (stamps is null)
            {
                yield return await ReadAsync(relative, fullPath, cancellationToken);
                continue;
            }
            var before = FileStamp.Look(fullPath);
            if (stamps.UnchangedContent(relative, before) is { } sha256)
            {
                yield return FetchedDocument.Unchanged(relative, sha256);
                continue;
            }
            var readAt = _time.GetUtcNow();
            var fetched = await ReadAsync(relative, fullPath, cancellationToken);
            if (fetched.Document is { } document)
            {
                stamps.Read(relative, before, FileStamp.Look(fullPath), document.Sha256, readAt);
            }
            yield return fetched;
        }
        if (stamps is not null)
        {
            await stamps.SaveAsync(cancellationToken);
        }
    }

    private static async Task<FetchedDocument> ReadAsync(string relative, string fullPath, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await File.ReadAllBytesAsync(fullPath, cancellationToken);
            return FetchedDocument.Ok(new SourceDocument(relative, bytes, MediaTypes.FromFileName(fullPath)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return FetchedDocument.Failed(relative, $"cannot read {fullPath}: {ex.Message}");
        }
    }

    public async IAsyncEnumerable<string> DescribePlanAsync(PipelineOptions pipeline, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        var listing = ListFiles(pipeline);
        foreach (var (relative, _) in listing.Files)
        {
            yield return $"read {relative}";
        }
        foreach (var skipped in listing.Skipped)
        {
            yield return $"skip {skipped}";
        }
    }

    /// <summary>
    /// Files as (path relative to the config folder with '/' separators, full path), sorted ordinally, and the links
    /// left out because they lead out of the folder.
    /// </summary>
    private static FolderListing ListFiles(PipelineOptions pipeline)
    {
        var folder = Path.GetFullPath(pipeline.Source.Path!, BaseDirectoryOf(pipeline));
        var baseDirectory = BaseDirectoryOf(pipeline);
        var root = RealPath(folder);
        // Every file of a folder shares its parents: resolving them once a listing, not once a file, halves an idle pass's system calls.
        var realParents = new Dictionary<(string Folder, int Hops), string>();
        var skipped = new List<string>();
        var files = pipeline.Source.Include
            .SelectMany(pattern => Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories))
            .Distinct(StringComparer.Ordinal)
            .Select(full => (Relative: Path.GetRelativePath(baseDirectory, full).Replace('\\', '/'), FullPath: full))
            .Where(f =>
            {
                if (pipeline.Source.FollowLinksOutside || IsInside(RealPath(f.FullPath, realParents), root))
                {
                    return true;
                }
                skipped.Add($"{f.Relative}: a link to {RealPath(f.FullPath, realParents)}, outside {folder} (set source.followLinksOutside to read it)");
                return false;
            })
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();
        return new FolderListing(files, [.. skipped.Order(StringComparer.Ordinal)]);
    }

    /// <summary>The path with every link along it resolved, as the kernel would open it (a loop of links stops at 40, as Linux does).</summary>
    /// <param name="realParents">Real paths of the folders already resolved in this listing, by folder and hops.</param>
    private static string RealPath(string path, Dictionary<(string Folder, int Hops), string>? realParents = null, int hops = 0)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        string? realParent = null;
        if (parent is not null && (realParents is null || !realParents.TryGetValue((parent, hops), out realParent)))
        {
            realParent = RealPath(parent, realParents, hops);
            if (realParents is not null)
            {
                realParents[(parent, hops)] = realParent;
            }
        }
        var here = realParent is null ? full : Path.Combine(realParent, Path.GetFileName(full));
        var target = new FileInfo(here).LinkTarget;
        return target is null || hops >= 40 ? here : RealPath(Path.GetFullPath(target, realParent ?? "/"), realParents, hops + 1);
    }

    private static bool IsInside(string path, string root) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private sealed record FolderListing(IReadOnlyList<(string Relative, string FullPath)> Files, IReadOnlyList<string> Skipped);

    /// <summary>Source paths were left relative by the loader; the config folder is the database's anchor's peer.</summary>
    private static string BaseDirectoryOf(PipelineOptions pipeline) => pipeline.Source.BaseDirectory ?? Directory.GetCurrentDirectory();
}
