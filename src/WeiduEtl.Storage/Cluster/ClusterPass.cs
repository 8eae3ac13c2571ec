namespace WeiduEtl.Storage.Cluster;

/// <summary>A pass planned into batches: the run it records into, how many batches, and whether it has published.</summary>
public sealed record ClusterPass
{
    public long PassId { get; init; }
    public string Pipeline { get; init; } = "";
    public long RunId { get; init; }
    public string Trigger { get; init; } = "";
    public string PlannedAt { get; init; } = "";
    public int BatchCount { get; init; }
    /// <summary>running (batches left), publishing (one node publishes), done.</summary>
    public string Status { get; init; } = "running";
    public int? PublisherBatch { get; init; }
    public string? FinishedAt { get; init; }
}
