namespace WeiduEtl.Core.Rows;

/// <summary>A row of the contract's <c>contributors</c> table.</summary>
public sealed record ContributorRow
{
    public required string ArticleId { get; init; }
    public int Seq { get; init; }
    public required string Name { get; init; }
    public required string Role { get; init; }
    public required string CreditText { get; init; }
}
