namespace WeiduEtl.Core.Rows;

/// <summary>A row of the contract's <c>articles</c> table.</summary>
public sealed record ArticleRow
{
    public required string ArticleId { get; init; }
    public required string IssueId { get; init; }
    public int Seq { get; init; }
    public int Page { get; init; }
    public required string Kind { get; init; }
    public string? Section { get; init; }
    public string? Kicker { get; init; }
    public string? Headline { get; init; }
    public string? Subheadline { get; init; }
    public string? Dateline { get; init; }
    public string[] Reporters { get; init; } = [];
    public string[] Correspondents { get; init; } = [];
    public string[] Photographers { get; init; } = [];
    public string? SourceTag { get; init; }
    public string[] Subheadings { get; init; } = [];
    public string? Lead { get; init; }
    public required string Body { get; init; }
    public int ParagraphCount { get; init; }
    public int CharCount { get; init; }
    public double[]? Bbox { get; init; }
    /// <summary>Where each header field present came from (contract v2).</summary>
    public HeaderSource[] Provenance { get; init; } = [];
}
