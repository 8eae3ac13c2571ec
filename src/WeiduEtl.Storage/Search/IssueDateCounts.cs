namespace WeiduEtl.Storage.Search;

/// <summary>For one issue date of a pipeline: how many articles, figures and quotes were found.</summary>
public sealed record IssueDateCounts
{
    public required string IssueDate { get; init; }
    public int Articles { get; init; }
    public int Figures { get; init; }
    public int Quotes { get; init; }
}
