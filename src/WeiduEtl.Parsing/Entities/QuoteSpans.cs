namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// The “…” spans of a body that are speech: a span with the punctuation of a sentence or longer than a term, or
/// one after a colon or a verb of calling out (<see cref="CallingVerbs"/>). Quoted terms and names (“五星”支部, “服务型执法”) are not speech,
/// and 《…》 titles are never quotations.
/// </summary>
internal static class QuoteSpans
{
    private static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create("，。！？；…,!?;：");
    private const int TermLength = 12;

    public static List<QuoteSpan> Find(string body)
    {
        var spans = new List<QuoteSpan>();
        var pos = 0;
        while ((pos = body.IndexOf('“', pos)) >= 0)
        {
            var lineEnd = body.IndexOf('\n', pos);
            lineEnd = lineEnd < 0 ? body.Length : lineEnd;
            var close = body.IndexOf('”', pos + 1, lineEnd - pos - 1);
            var span = new QuoteSpan(pos, close < 0 ? lineEnd : close);
            if (IsSpeech(body, span))
            {
                spans.Add(span);
            }
            pos = span.Close;
            if (pos <= span.Open)
            {
                pos = span.Open + 1;
            }
        }
        return spans;
    }

    /// <summary>
    /// Where the “ at <paramref name="open"/> closes when it marks a term or a name rather than speech (在“点鸟奖湖”活动现场),
    /// so a reading of the sentence can go on past it; -1 when it opens speech or does not close on its line.
    /// </summary>
    public static int TermClose(string body, int open)
    {
        var close = body.IndexOf('”', open + 1);
        var lineEnd = body.IndexOf('\n', open + 1);
        return close < 0 || (lineEnd >= 0 && lineEnd < close) || IsSpeech(body, new QuoteSpan(open, close)) ? -1 : close;
    }

    private static bool IsSpeech(string body, QuoteSpan span)
    {
        var text = body.AsSpan(span.TextStart, span.Close - span.TextStart);
        if (text.IsEmpty)
        {
            return false;
        }
        return text.IndexOfAny(SentencePunctuation) >= 0 || text.Length >= TermLength || (span.Open > 0 && body[span.Open - 1] is '：' or ':')
            || HanText.WordEndingAt(body, span.Open, CallingVerbs) is not null;
    }

    /// <summary>
    /// Verbs of calling out that print the words right after them (有人喊“开饭了”, 他问道“几点了”): what follows is said
    /// however short. Not 说 or 叫, which as often quote a word (说“不”, 叫“某某”).
    /// </summary>
    private static readonly WordIndex CallingVerbs = HanText.Longest("喊", "喊道", "大喊", "高喊", "喊着", "嚷", "嚷道", "嚷着", "吆喝", "问道", "叫道", "叫喊");
}
