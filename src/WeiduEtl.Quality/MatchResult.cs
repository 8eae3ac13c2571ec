using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Quality;

/// <summary>The matches of one page (one per true article some item claimed) and the items no article kept.</summary>
public sealed record MatchResult(IReadOnlyList<ArticleMatch> Matches, IReadOnlyList<ParsedArticle> Extra);
