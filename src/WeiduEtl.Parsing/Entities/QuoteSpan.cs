namespace WeiduEtl.Parsing.Entities;

/// <summary>A “…” span of a body: <see cref="Open"/> and <see cref="Close"/> are the marks' positions (Close may be a line end).</summary>
internal readonly record struct QuoteSpan(int Open, int Close)
{
    public int TextStart => Open + 1;
}
