namespace WeiduEtl.Quality;

/// <summary>One page's counts and, in words, every difference between what the parser found and the truth.</summary>
public sealed record PageQuality(string Page, DateOnly Date, QualityCounts Counts, IReadOnlyList<string> Differences);
