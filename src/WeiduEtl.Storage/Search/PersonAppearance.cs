namespace WeiduEtl.Storage.Search;

/// <summary>One time a person was named, quoted or credited: <see cref="Kind"/> is <c>mention</c>, <c>quote</c> or <c>byline</c>.</summary>
public sealed record PersonAppearance
{
    public required string Kind { get; init; }
    public required string RowId { get; init; }
    public required string ArticleId { get; init; }
    public string? Headline { get; init; }
    public string? IssueDate { get; init; }
    public required string Pipeline { get; init; }
    public required string Text { get; init; }
    public string? Title { get; init; }
    public string? Organisation { get; init; }
    public required string Rule { get; init; }
}
