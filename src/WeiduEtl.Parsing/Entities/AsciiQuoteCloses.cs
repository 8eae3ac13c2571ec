namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Web copies and reposts close a “ with the ASCII " (“选出咱的‘当家人’,一点也不能马虎!"; “…秩序。"某副镇长某某说。): a "
/// after an open “ on the same line, when no ” closes that “ before the line ends, is its closing mark. The rules read a
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
                    copy ??= body.ToCharArray();
                    copy[at] = '”';
                    open = -1;
                    break;
            }
        }
        return copy is null ? body : new string(copy);
    }

    /// <summary>Whether a ” still comes before the line ends: the " is then a mark inside the quotation (“他说"好"…”).</summary>
    private static bool ClosedLaterOnLine(string body, int at)
    {
        var lineEnd = body.IndexOf('\n', at);
        lineEnd = lineEnd < 0 ? body.Length : lineEnd;
        return body.IndexOf('”', at, lineEnd - at) >= 0;
    }
}
