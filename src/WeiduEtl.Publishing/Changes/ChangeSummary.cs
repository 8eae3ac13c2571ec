namespace WeiduEtl.Publishing.Changes;

/// <summary>
/// What changes.json says in counts: the snapshot compared against and, per table, how many rows were
/// added, changed and removed. The ids themselves are in the file.
/// </summary>
/// <param name="PreviousSnapshotId">The snapshot compared against; null for a first release, where every row is added.</param>
public sealed record ChangeSummary(string? PreviousSnapshotId, IReadOnlyList<TableChangeCount> Tables)
{
    public int Added => Tables.Sum(t => t.Added);
    public int Changed => Tables.Sum(t => t.Changed);
    public int Removed => Tables.Sum(t => t.Removed);
}
