namespace WeiduEtl.Core.Rows;

/// <summary>A pipeline's whole dataset, in the contract's stable row order, ready to publish.</summary>
public sealed record DatasetTables(
    IReadOnlyList<IssueRow> Issues,
    IReadOnlyList<ArticleRow> Articles,
    IReadOnlyList<ContributorRow> Contributors,
    IReadOnlyList<PhotoRow> Photos,
    IReadOnlyList<FigureRow> Figures,
    IReadOnlyList<DateRow> Dates,
    IReadOnlyList<ImageFile> Images)
{
    /// <summary>The contract's v2 <c>mentions</c> table.</summary>
    public IReadOnlyList<MentionRow> Mentions { get; init; } = [];

    /// <summary>The contract's v2 <c>quotes</c> table.</summary>
    public IReadOnlyList<QuoteRow> Quotes { get; init; } = [];

    public IReadOnlyDictionary<string, int> RowCounts => new Dictionary<string, int>
    {
        ["issues"] = Issues.Count,
        ["articles"] = Articles.Count,
        ["contributors"] = Contributors.Count,
        ["photos"] = Photos.Count,
        ["figures"] = Figures.Count,
        ["dates"] = Dates.Count,
        ["mentions"] = Mentions.Count,
        ["quotes"] = Quotes.Count,
    };
}
