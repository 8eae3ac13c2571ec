namespace WeiduEtl.Core.Ports;

/// <summary>A source document the store already holds, for backfills.</summary>
public sealed record StoredSource(string IssueId, string SourceUri, string Sha256, string MediaType, string? IssueDate, string? IssueDateBasis, string ParserVersion, string? ParsedAt = null);
