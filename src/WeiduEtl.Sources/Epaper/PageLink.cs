namespace WeiduEtl.Sources.Epaper;

/// <summary>A link found on an e-paper page: where it points (absolute, no fragment) and its visible label.</summary>
/// <param name="Url">The resolved absolute URL.</param>
/// <param name="Label">The link's text, title or image alt, whitespace collapsed (e.g. "第05版：魏都区").</param>
public sealed record PageLink(string Url, string Label);
