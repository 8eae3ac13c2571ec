namespace WeiduEtl.Core.Rows;

/// <summary>A row of the contract's <c>quotes</c> table (v2).</summary>
public sealed record QuoteRow
{
    public required string QuoteId { get; init; }
    public required string ArticleId { get; init; }
    public required string Text { get; init; }
    public string? Speaker { get; init; }
    public string? SpeakerMentionId { get; init; }
    public string? Verb { get; init; }
    public int CharStart { get; init; }
    public int CharEnd { get; init; }
    public required string Rule { get; init; }
}
