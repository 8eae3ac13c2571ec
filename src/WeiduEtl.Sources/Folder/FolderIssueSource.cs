using System.Runtime.CompilerServices;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Sources.Folder;

/// <summary>
/// Reads every matching file of a folder (and its sub-folders), in a stable order. A file that cannot be
/// read is yielded as a failure naming the file, and the pass goes on.
/// </summary>
public sealed class FolderIssueSource : IIssueSource
{
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
        foreach (var (relative, fullPath) in ListFiles(pipeline))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return await ReadAsync(relative, fullPath, cancellationToken);
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
        foreach (var (relative, _) in ListFiles(pipeline))
        {
            yield return $"read {relative}";
        }
    }

    /// <summary>Files as (path relative to the config folder with '/' separators, full path), sorted ordinally.</summary>
    private static IEnumerable<(string Relative, string FullPath)> ListFiles(PipelineOptions pipeline)
    {
        var folder = Path.GetFullPath(pipeline.Source.Path!, BaseDirectoryOf(pipeline));
        var baseDirectory = BaseDirectoryOf(pipeline);
        return pipeline.Source.Include
            .SelectMany(pattern => Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories))
            .Distinct(StringComparer.Ordinal)
            .Select(full => (Path.GetRelativePath(baseDirectory, full).Replace('\\', '/'), full))
            .OrderBy(f => f.Item1, StringComparer.Ordinal);
    }

    /// <summary>Source paths were left relative by the loader; the config folder is the database's anchor's peer.</summary>
    private static string BaseDirectoryOf(PipelineOptions pipeline) => pipeline.Source.BaseDirectory ?? Directory.GetCurrentDirectory();
}
