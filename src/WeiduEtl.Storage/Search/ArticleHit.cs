namespace WeiduEtl.Storage.Search;

/// <summary>One article found: what a result line shows, and its body for the snippet.</summary>
public sealed record ArticleHit
{
    public required string ArticleId { get; init; }
    public required string IssueId { get; init; }
    public string? IssueDate { get; init; }
    public required string Pipeline { get; init; }
    public string? Headline { get; init; }
    public string? Section { get; init; }
    public required string Kind { get; init; }
    public string[] Reporters { get; init; } = [];
    public int Page { get; init; }
    public required string Body { get; init; }
}
