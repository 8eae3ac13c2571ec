namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A quoted phrase without a sentence's punctuation that its clause runs through: letters on both sides of the marks
/// (统筹“甲、乙、丙”等工作, 实施“…”三大战略, 对“…”进行公示), a modifier's 的 before or after it (主办的“…”活动, “…”的美景),
/// or a phrase after a comma that the clause goes on from as its subject (，“十三五”时期…, ，“某某平台”通过…). Such a phrase is a slogan, a list, an event's or a
/// body's name, a term, however long: speech is set off from its clause by punctuation or ends it. A run printed back to
/// back or listed with 、 (“甲”“乙”, “甲”、“乙”) is read as one phrase.
/// </summary>
internal static class EmbeddedTerms
{
    private static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create("，。！？；…,!?;：:");
    private static readonly WordIndex CallingVerbs = HanText.Longest(SpeechVerbs.CallingWords);

    /// <summary>Whether the span <paramref name="span"/>, with the run it belongs to, is a term inside its clause.</summary>
    public static bool IsEmbedded(string body, QuoteSpan span)
    {
        if (span.Close >= body.Length || body[span.Close] != '”')
        {
            return false;
        }
        var open = span.Open;
        while (PreviousInRun(body, open) is { } previous)
        {
            open = previous;
        }
        var close = span.Close;
        while (NextInRun(body, close) is { } next)
        {
            close = next;
        }
        if (open == 0 || body.AsSpan(open + 1, close - open - 1).IndexOfAny(SentencePunctuation) >= 0 || HanText.WordEndingAt(body, open, CallingVerbs) is not null)
        {
            return false;
        }
        var after = close + 1;
        while (after < body.Length && body[after] is ' ' or '\u3000')
        {
            after++;
        }
        var clauseGoesOn = after < body.Length && (HanText.IsHan(body[after]) || char.IsAsciiDigit(body[after]) || body[after] == '、');
        var before = body[open - 1];
        return before == '的' || (after < body.Length && body[after] == '的')
            || (clauseGoesOn && IsHanOrListMark(before) && SpeechVerbs.EndingAt(body, open) is null)
            || (clauseGoesOn && before is '，' or ',');
    }

    private static bool IsHanOrListMark(char c) => HanText.IsHan(c) || c == '、' || char.IsAsciiDigit(c);

    /// <summary>The open mark of the span printed right before the one opening at <paramref name="open"/> (“…”“ or “…”、“), on its line.</summary>
    private static int? PreviousInRun(string body, int open)
    {
        var closeBefore = open >= 2 && body[open - 1] == '”' ? open - 1 : open >= 3 && body[open - 1] == '、' && body[open - 2] == '”' ? open - 2 : -1;
        if (closeBefore < 1)
        {
            return null;
        }
        var previousOpen = body.LastIndexOf('“', closeBefore - 1);
        return previousOpen < 0 || body.IndexOf('\n', previousOpen, closeBefore - previousOpen) >= 0 || body.IndexOf('”', previousOpen, closeBefore - previousOpen) >= 0 ? null : previousOpen;
    }

    /// <summary>The close mark of the span printed right after the one closing at <paramref name="close"/>, on its line.</summary>
    private static int? NextInRun(string body, int close)
    {
        var nextOpen = close + 1 < body.Length && body[close + 1] == '“' ? close + 1 : close + 2 < body.Length && body[close + 1] == '、' && body[close + 2] == '“' ? close + 2 : -1;
        if (nextOpen < 0)
        {
            return null;
        }
        var nextClose = body.IndexOf('”', nextOpen + 1);
        return nextClose < 0 || body.IndexOf('\n', nextOpen, nextClose - nextOpen) >= 0 || body.IndexOf('“', nextOpen + 1, nextClose - nextOpen - 1) >= 0 ? null : nextClose;
    }
}
