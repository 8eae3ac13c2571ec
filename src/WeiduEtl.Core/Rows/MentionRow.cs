namespace WeiduEtl.Core.Rows;

/// <summary>A row of the contract's <c>mentions</c> table (v2).</summary>
public sealed record MentionRow
{
    public required string MentionId { get; init; }
    public required string ArticleId { get; init; }
    public required string Kind { get; init; }
    public required string Text { get; init; }
    public required string Name { get; init; }
    public string? Title { get; init; }
    public string? Organisation { get; init; }
    public int CharStart { get; init; }
    public int CharEnd { get; init; }
    public required string Rule { get; init; }
    public string? PersonKey { get; init; }
}
