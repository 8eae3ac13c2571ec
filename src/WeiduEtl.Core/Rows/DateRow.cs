namespace WeiduEtl.Core.Rows;

/// <summary>A row of the contract's <c>dates</c> table.</summary>
public sealed record DateRow
{
    public required string DateId { get; init; }
    public required string ArticleId { get; init; }
    public required string Text { get; init; }
    public string? Date { get; init; }
    public required string Precision { get; init; }
    public string? PartOfDay { get; init; }
    public int CharStart { get; init; }
    public int CharEnd { get; init; }
    /// <summary>The rule that found it (provenance, contract v2).</summary>
    public required string Rule { get; init; }
}
