namespace WeiduEtl.Parsing.Entities;

/// <summary>A “…” span of a body: <see cref="Open"/> and <see cref="Close"/> are the marks' positions (Close may be a line end).</summary>
internal readonly record struct QuoteSpan(int Open, int Close)
{
    public int TextStart => Open + 1;

    /// <summary>
    /// Where the colon that introduces the quotation stands: right before it, or ending the paragraph before a quotation
    /// printed as its own paragraph (中央纪委国家监委发布的一则消息引发关注：\n“…”); -1 when none does.
    /// </summary>
    public int ColonBefore(string body) =>
        Open > 0 && body[Open - 1] is '：' or ':' ? Open - 1
        : Open > 1 && body[Open - 1] == '\n' && body[Open - 2] is '：' or ':' ? Open - 2
        : -1;
}
