namespace WeiduEtl.Publishing.Changes;

/// <summary>A row present in both snapshots whose values differ, with the names of the fields that do.</summary>
/// <param name="Id">The id as JSON text.</param>
internal sealed record ChangedRow(string Id, IReadOnlyList<string> Fields);
