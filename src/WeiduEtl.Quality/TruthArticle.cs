namespace WeiduEtl.Quality;

/// <summary>One article as a reader sees it on the page: its printed header lines in order and its body paragraphs
/// (bylines and datelines left where the paper prints them).</summary>
public sealed record TruthArticle(IReadOnlyList<string> Head, IReadOnlyList<string> Body);
