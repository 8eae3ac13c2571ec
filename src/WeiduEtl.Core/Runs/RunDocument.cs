namespace WeiduEtl.Core.Runs;

/// <summary>One document's outcome in a run, as recorded in the ledger.</summary>
public sealed record RunDocument(long RunId, string SourceUri, string? SourceSha256, string Outcome, string? IssueId, string? Error);
