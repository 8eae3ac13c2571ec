namespace WeiduEtl.Core.Rows;

/// <summary>A row of the contract's <c>photos</c> table.</summary>
public sealed record PhotoRow
{
    public required string PhotoId { get; init; }
    public required string IssueId { get; init; }
    public string? ArticleId { get; init; }
    public string? Caption { get; init; }
    public string? Credit { get; init; }
    public int Page { get; init; }
    public double[]? Bbox { get; init; }
    public string? ImagePath { get; init; }
    public int? WidthPx { get; init; }
    public int? HeightPx { get; init; }
    public string? ImageSha256 { get; init; }
}
