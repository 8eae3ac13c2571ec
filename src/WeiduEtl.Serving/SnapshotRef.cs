namespace WeiduEtl.Serving;

/// <summary>One snapshot folder of a served pipeline, chosen once per request.</summary>
/// <param name="CreatedAt">From latest.json when resolved through it; else null.</param>
internal sealed record SnapshotRef(string Pipeline, string Id, string Folder, string? CreatedAt);
