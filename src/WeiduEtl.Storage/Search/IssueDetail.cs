using WeiduEtl.Core.Rows;

namespace WeiduEtl.Storage.Search;

/// <summary>One issue, its items in order and the boxes of all its pages.</summary>
public sealed record IssueDetail(IssueRow Issue, IReadOnlyList<ArticleRow> Articles, IReadOnlyList<PhotoRow> Photos, IReadOnlyList<PageBox> PageBoxes);
