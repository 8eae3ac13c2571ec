using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Options;
using WeiduEtl.ObjectStorage;

namespace WeiduEtl.Publishing.Destinations;

/// <summary>Picks a pipeline's destination from its <c>output</c>: a folder, or <c>s3://bucket/prefix</c>.</summary>
internal sealed class SnapshotDestinations(ObjectStores objectStores, ILogger logger)
{
    public ISnapshotDestination For(PipelineOptions pipeline)
    {
        if (!S3Location.IsS3(pipeline.Output))
        {
            return new FolderDestination(pipeline.Output, logger);
        }
        var grace = TimeSpan.FromSeconds(pipeline.ObjectStore?.RetentionGraceSeconds ?? new S3Options().RetentionGraceSeconds);
        var localFolder = pipeline.LocalFolder.Length > 0 ? pipeline.LocalFolder : Path.Combine(Path.GetTempPath(), "weidu-etl", pipeline.Name);
        return new S3Destination(objectStores.For(pipeline.ObjectStore, S3Location.Parse(pipeline.Output)), localFolder, grace, logger);
    }
}
