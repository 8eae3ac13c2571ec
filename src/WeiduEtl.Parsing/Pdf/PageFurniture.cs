namespace WeiduEtl.Parsing.Pdf;

/// <summary>The frames of a page that are not articles, and what they say about the issue.</summary>
internal sealed record PageFurniture(IReadOnlySet<TextFrame> Frames, string? PageLabel, DateOnly? IssueDate);
