namespace WeiduEtl.Core.Rows;

/// <summary>A row of the contract's <c>issues</c> table.</summary>
public sealed record IssueRow
{
    public required string IssueId { get; init; }
    public required string Pipeline { get; init; }
    public required string Publication { get; init; }
    public string? PageLabel { get; init; }
    public string? IssueDate { get; init; }
    public string? IssueDateBasis { get; init; }
    public required string SourceUri { get; init; }
    public required string SourceSha256 { get; init; }
    public long SourceBytes { get; init; }
    public required string MediaType { get; init; }
    public int PageCount { get; init; }
    public int ArticleCount { get; init; }
    public required string FirstSeenAt { get; init; }
    public required string ParsedAt { get; init; }
    public required string ParserVersion { get; init; }
}
