namespace WeiduEtl.Quality;

/// <summary>The truth of one page: every article on it, in page order.</summary>
/// <param name="Page">The page's key (its file name without extension), e.g. 20200113-04.</param>
public sealed record TruthPage(string Page, DateOnly Date, int PageNumber, IReadOnlyList<TruthArticle> Articles);
