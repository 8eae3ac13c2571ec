namespace WeiduEtl.Core.Options;

/// <summary>
/// The top-level <c>"s3"</c> section of <c>pipelines.json</c>: which S3-compatible service holds the outputs
/// named <c>s3://bucket/prefix</c>. Absent fields take the AWS SDK's defaults. Credentials are never read from
/// here: the SDK's usual chain (environment, profiles, instance roles) supplies them.
/// </summary>
public sealed class S3Options
{
    /// <summary>The service's base URL (MinIO, Ceph, a local s3rver); null for AWS itself.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The signing region; null for the SDK's default (AWS_REGION, profile).</summary>
    public string? Region { get; set; }

    /// <summary>Path-style URLs (http://host/bucket/key), which MinIO and s3rver need; AWS prefers virtual hosts.</summary>
    public bool ForcePathStyle { get; set; }

    /// <summary>
    /// How long a snapshot that stopped being latest is kept past <see cref="PipelineOptions.KeepSnapshots"/>, so a
    /// reader that fetched latest.json just before a publish can still download the snapshot it named.
    /// </summary>
    public int RetentionGraceSeconds { get; set; } = 600;
}
