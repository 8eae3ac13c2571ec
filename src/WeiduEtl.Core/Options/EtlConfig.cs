namespace WeiduEtl.Core.Options;

/// <summary>The whole of <c>pipelines.json</c>.</summary>
public sealed class EtlConfig
{
    public List<PipelineOptions> Pipelines { get; set; } = [];
    public ServeOptions? Serve { get; set; }
    /// <summary>The S3-compatible service that holds outputs written <c>s3://bucket/prefix</c>; null for AWS's defaults.</summary>
    public S3Options? S3 { get; set; }
    /// <summary>Absent: one host, as before. Present: the nodes running this file share the schedule.</summary>
    public ClusterOptions? Cluster { get; set; }

    /// <summary>The file it was read from (absolute); relative paths resolve against its folder.</summary>
    public string ConfigPath { get; set; } = "";

    public string BaseDirectory => System.IO.Path.GetDirectoryName(ConfigPath) ?? ".";
}
