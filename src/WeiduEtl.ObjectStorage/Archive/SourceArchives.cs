using System.Collections.Concurrent;
using WeiduEtl.Core.Options;

namespace WeiduEtl.ObjectStorage.Archive;

/// <summary>The source archives of the loaded config, by pipeline and by location (a stored pointer names its location).</summary>
public sealed class SourceArchives(ObjectStores stores)
{
    private readonly ConcurrentDictionary<string, SourceArchive> _byPipeline = new(StringComparer.Ordinal);
    private S3Options? _s3;

    /// <summary>Called once the config is loaded and validated.</summary>
    public void Configure(EtlConfig config)
    {
        _s3 = config.S3;
        _byPipeline.Clear();
        foreach (var pipeline in config.Pipelines)
        {
            if (SourceArchive.For(pipeline, stores) is { } archive)
            {
                _byPipeline[pipeline.Name] = archive;
            }
        }
    }

    /// <summary>Null when the pipeline keeps its sources in the database.</summary>
    public SourceArchive? For(string pipeline) => _byPipeline.GetValueOrDefault(pipeline);

    /// <summary>The archive at a location a stored pointer names, even one the config no longer uses (a moved archive's old pointers).</summary>
    public SourceArchive At(string location) =>
        _byPipeline.Values.FirstOrDefault(a => a.Location == location)
        ?? SourceArchive.For(new PipelineOptions { SourceArchive = location, ObjectStore = _s3 }, stores)!;
}
