namespace WeiduEtl.Core.Runs;

/// <summary>One document's outcome in a run, as recorded in the ledger.</summary>
/// <param name="ErrorDetail">For a failure: the exception's type and where it was thrown, for whoever fixes the code.</param>
public sealed record RunDocument(long RunId, string SourceUri, string? SourceSha256, string Outcome, string? IssueId, string? Error, string? ErrorDetail = null);
