namespace WeiduEtl.Parsing.Entities.Quality;

/// <summary>A quotation a reader found: the first characters inside the marks, and who said it (null when the text names no one).</summary>
public sealed record LabelledQuote(string Start, string? Speaker);
