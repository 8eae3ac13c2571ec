namespace WeiduEtl.Storage.Cluster;

/// <summary>One batch of a clustered pass: its documents, where it stands and which node ran it.</summary>
public sealed record ClusterBatch
{
    public long PassId { get; init; }
    public int BatchNo { get; init; }
    /// <summary>The batch's documents as a JSON array of source URIs.</summary>
    public string SourceUris { get; init; } = "[]";
    /// <summary>queued, running, done or failed.</summary>
    public string Status { get; init; } = "queued";
    public string? Node { get; init; }
    public int Attempts { get; init; }
    public string? StartedAt { get; init; }
    public string? FinishedAt { get; init; }
    public int Stored { get; init; }
    public int Unchanged { get; init; }
    public int Failed { get; init; }
}
