namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Web copies and reposts close a “ with the ASCII " (“选出咱的‘当家人’,一点也不能马虎!"; “…秩序。"某副镇长某某说。): a "
/// after an open “ on the same line, when no ” closes that “ before the line ends, is its closing mark, unless the marks
/// to the line's end pair each other (see <see cref="ClosingMark"/>). The rules read a
/// copy of the body where such a mark is ”, so every reading of a quotation's end (a speaker after it, a group at its
/// close) reads it; the copy has the body's length, so offsets stay the body's.
/// </summary>
internal static class AsciiQuoteCloses
{
    private const char AsciiQuote = '"';

    /// <summary>The body with each ASCII closing mark of a “ read as ”; the body itself when it has none.</summary>
    public static string Paired(string body)
    {
        if (body.IndexOf(AsciiQuote) < 0)
        {
            return body;
        }
        char[]? copy = null;
        var open = -1;
        for (var at = 0; at < body.Length; at++)
        {
            switch (body[at])
            {
                case '“':
                    open = at;
                    break;
                case '”' or '\n':
                    open = -1;
                    break;
                case AsciiQuote when open >= 0 && !ClosedLaterOnLine(body, at):
                    if (ClosingMark(body, at) is var close and >= 0)
                    {
                        copy ??= body.ToCharArray();
                        copy[close] = '”';
                        at = close;
                    }
                    open = -1;
                    break;
            }
        }
        return copy is null ? body : new string(copy);
    }

    private static readonly CharSet SentenceEnds = new("。！？!?…");

    /// <summary>
    /// Which of the ASCII marks from <paramref name="first"/> to the line's end closes the “, or -1: none when they are even in
    /// number, pairing round terms inside a quotation that runs on to the next paragraph (“…叫作"暖心行动",…。); else the first
    /// after a sentence's end (“我们把它叫作"连心桥"。"某某说: the marks before pair round a term), or the first.
    /// </summary>
    private static int ClosingMark(string body, int first)
    {
        var count = 0;
        var afterSentence = -1;
        for (var at = first; at < body.Length && body[at] != '\n'; at++)
        {
            if (body[at] == AsciiQuote)
            {
                count++;
                if (afterSentence < 0 && SentenceEnds.Contains(body[at - 1]))
                {
                    afterSentence = at;
                }
            }
        }
        return count % 2 == 0 ? -1 : afterSentence >= 0 ? afterSentence : first;
    }

    /// <summary>Whether a ” still comes before the line ends: the " is then a mark inside the quotation (“他说"好"…”).</summary>
    private static bool ClosedLaterOnLine(string body, int at)
    {
        var lineEnd = body.IndexOf('\n', at);
        lineEnd = lineEnd < 0 ? body.Length : lineEnd;
        return body.IndexOf('”', at, lineEnd - at) >= 0;
    }
}
