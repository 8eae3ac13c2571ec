namespace WeiduEtl.Core.Rows;

/// <summary>Everything stored for one source document, written in one transaction.</summary>
public sealed record IssueRecord(
    IssueRow Issue,
    IReadOnlyList<ArticleRow> Articles,
    IReadOnlyList<ContributorRow> Contributors,
    IReadOnlyList<PhotoRow> Photos,
    IReadOnlyList<FigureRow> Figures,
    IReadOnlyList<DateRow> Dates,
    IReadOnlyList<ImageFile> Images,
    byte[] SourceContent)
{
    /// <summary>People, organisations and places named in the article bodies (contract v2).</summary>
    public IReadOnlyList<MentionRow> Mentions { get; init; } = [];

    /// <summary>Direct quotations in the article bodies with their speakers (contract v2).</summary>
    public IReadOnlyList<QuoteRow> Quotes { get; init; } = [];
}
