namespace WeiduEtl.Core.Ports;

/// <summary>A published snapshot: its id, folder and row counts.</summary>
public sealed record SnapshotInfo(string SnapshotId, string Path, string CreatedAt, IReadOnlyDictionary<string, int> Tables);
