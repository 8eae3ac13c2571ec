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
    byte[] SourceContent);
