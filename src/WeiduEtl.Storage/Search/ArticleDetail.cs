using WeiduEtl.Core.Rows;

namespace WeiduEtl.Storage.Search;

/// <summary>One article with every row found in it, its issue, the boxes of its page and its neighbours in the issue.</summary>
public sealed record ArticleDetail(
    IssueRow Issue,
    ArticleRow Article,
    IReadOnlyList<FigureRow> Figures,
    IReadOnlyList<DateRow> Dates,
    IReadOnlyList<MentionRow> Mentions,
    IReadOnlyList<QuoteRow> Quotes,
    IReadOnlyList<PhotoRow> Photos,
    IReadOnlyList<PageBox> PageBoxes,
    string? PreviousId,
    string? NextId);
