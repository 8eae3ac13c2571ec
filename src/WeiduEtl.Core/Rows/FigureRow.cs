namespace WeiduEtl.Core.Rows;

/// <summary>A row of the contract's <c>figures</c> table.</summary>
public sealed record FigureRow
{
    public required string FigureId { get; init; }
    public required string ArticleId { get; init; }
    public required string Text { get; init; }
    public string? Label { get; init; }
    public decimal Value { get; init; }
    public required string Unit { get; init; }
    public required string Qualifier { get; init; }
    public int CharStart { get; init; }
    public int CharEnd { get; init; }
    /// <summary>The rule that found it (provenance, contract v2).</summary>
    public required string Rule { get; init; }
}
