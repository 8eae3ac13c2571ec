namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>A headline group split into its parts; <see cref="Leftovers"/> are display lines it could not place.</summary>
internal sealed record HeadlineGroup(string? Kicker, string? Headline, string? Subheadline, IReadOnlyList<string> Leftovers);
