namespace WeiduEtl.Core.Runs;

/// <summary>One pass of one pipeline as recorded in the run ledger.</summary>
public sealed record RunSummary
{
    public long RunId { get; init; }
    public required string Pipeline { get; init; }
    /// <summary>run, schedule, backfill or publish.</summary>
    public required string Trigger { get; init; }
    public required string StartedAt { get; init; }
    public string? FinishedAt { get; init; }
    /// <summary>running, succeeded, partial (some documents failed), failed or cancelled.</summary>
    public required string Status { get; init; }
    public int Seen { get; init; }
    public int Stored { get; init; }
    public int Unchanged { get; init; }
    public int Failed { get; init; }
    public string? SnapshotId { get; init; }
    public string? Message { get; init; }
}
