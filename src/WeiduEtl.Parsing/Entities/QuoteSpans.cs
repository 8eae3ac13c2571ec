namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// The “…” spans of a body that are speech: a span with the punctuation of a sentence or longer than a term, or
/// one after a colon or a verb of calling out (<see cref="CallingVerbs"/>), or one printed back to back with speech
/// (“…，…”“…”“…”……: a run of remarks or comments is read as a whole). Quoted terms and names (“五星”支部, “服务型执法”) are not
/// speech, nor is a run of them (“甲”“乙”等元素), nor a phrase a noun of designation after it names (<see cref="DesignatedTerms"/>),
/// nor one without a sentence's punctuation that its clause runs through (<see cref="EmbeddedTerms"/>), and 《…》 titles are never quotations.
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
            if (IsSpeechSpan(body, span))
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
        return close < 0 || (lineEnd >= 0 && lineEnd < close) || IsSpeechSpan(body, new QuoteSpan(open, close)) ? -1 : close;
    }

    private static bool IsSpeechSpan(string body, QuoteSpan span) =>
        IsSpeechOrInSpeechRun(body, span) && !DesignatedTerms.IsDesignation(body, span) && !EmbeddedTerms.IsEmbedded(body, span);

    /// <summary>
    /// Speech, or a span printed back to back with speech (“泪目，感怀”“致敬”): the marks of a run touch, and one span of
    /// the run, before or after, holds a sentence's punctuation. Length alone is no evidence for the run: long names and
    /// slogans are printed back to back too (“某某工作领导小组”“某某工作小组”).
    /// </summary>
    private static bool IsSpeechOrInSpeechRun(string body, QuoteSpan span)
    {
        if (IsSpeech(body, span))
        {
            return true;
        }
        for (var open = span.Open; open > 1 && body[open - 1] == '”';)
        {
            var previousOpen = body.LastIndexOf('“', open - 2);
            var lineStart = body.LastIndexOf('\n', open - 1);
            if (previousOpen < 0 || previousOpen < lineStart || body.IndexOf('”', previousOpen + 1, open - 1 - previousOpen) != open - 1)
            {
                break;
            }
            if (HasSentencePunctuation(body, new QuoteSpan(previousOpen, open - 1)))
            {
                return true;
            }
            open = previousOpen;
        }
        for (var close = span.Close; close + 1 < body.Length && body[close] == '”' && body[close + 1] == '“';)
        {
            var nextClose = body.IndexOf('”', close + 2);
            var lineEnd = body.IndexOf('\n', close + 1);
            if (nextClose < 0 || (lineEnd >= 0 && lineEnd < nextClose))
            {
                break;
            }
            if (HasSentencePunctuation(body, new QuoteSpan(close + 1, nextClose)))
            {
                return true;
            }
            close = nextClose;
        }
        return false;
    }

    private static bool HasSentencePunctuation(string body, QuoteSpan span) =>
        body.AsSpan(span.TextStart, span.Close - span.TextStart).IndexOfAny(SentencePunctuation) >= 0;

    private static bool IsSpeech(string body, QuoteSpan span)
    {
        var text = body.AsSpan(span.TextStart, span.Close - span.TextStart);
        if (text.IsEmpty)
        {
            return false;
        }
        return text.IndexOfAny(SentencePunctuation) >= 0 || text.Length >= TermLength || (span.Open > 0 && body[span.Open - 1] is '：' or ':')
            || HanText.WordEndingAt(body, span.Open, CallingVerbs) is not null || AfterVerbOfSayingAndComma(body, span)
            || OpensSentenceBeforeSpeaker(body, span) || ClosesReportedSentence(body, span);
    }

    private const int MaxSpeakerClause = 24;

    /// <summary>
    /// A span opening its sentence, then a comma and a clause that ends in a verb of saying (“真没想到”，老队长笑着说。;
    /// “累是累点”，62岁的摊主告诉记者，…): the words that clause reports, however short. A term opening a sentence is its
    /// subject or a modifier (“双减”政策…), and is not cut from its verb by a comma so.
    /// </summary>
    private static bool OpensSentenceBeforeSpeaker(string body, QuoteSpan span) =>
        OpensSentence(body, span.Open) && span.Close + 2 < body.Length && body[span.Close + 1] is '，' or ','
            && SpeakerClauseAt(body, span.Close + 2);

    /// <summary>
    /// A span that is the last clause of a sentence with a clause of a speaker and a verb of saying before it
    /// (老人告诉记者，那天他一早就到了，“跟过年一样热闹”。; “…”，她说，…，“…”。): the report goes on into the quoted clause.
    /// </summary>
    private static bool ClosesReportedSentence(string body, QuoteSpan span)
    {
        if (span.Open < 1 || body[span.Open - 1] is not ('，' or ',') || span.Close + 1 >= body.Length || !HanText.IsSentenceEnd(body[span.Close + 1]))
        {
            return false;
        }
        var sentenceStart = span.Open - 1;
        while (sentenceStart > 0 && !HanText.IsSentenceEnd(body[sentenceStart - 1]))
        {
            sentenceStart--;
        }
        for (var at = sentenceStart; at < span.Open - 1; at++)
        {
            if ((at == sentenceStart || body[at - 1] is '，' or ',') && SpeakerClauseAt(body, at))
            {
                return true;
            }
        }
        return false;
    }

    private static bool OpensSentence(string body, int at) => at == 0 || HanText.IsSentenceEnd(body[at - 1]);

    /// <summary>Whether the clause at <paramref name="start"/> is short and ends in a verb of saying before a comma or a stop (某某告诉记者，).</summary>
    private static bool SpeakerClauseAt(string body, int start)
    {
        var end = SpeakerReader.ClauseEnd(body, start);
        return end < body.Length && end - start is >= 2 and <= MaxSpeakerClause && body[end] is '，' or ',' or '。'
            && SpeechVerbs.EndingAt(body, end) is not null;
    }

    /// <summary>
    /// A verb of saying and its comma right before the span (据某局负责人介绍，“新线路下月开通”。; 在居民们看来，“小区像个家了”):
    /// the words reported, however short; a term is the object of a verb or a noun's modifier, and never follows a comma so.
    /// </summary>
    private static bool AfterVerbOfSayingAndComma(string body, QuoteSpan span) =>
        span.Open > 1 && body[span.Open - 1] is '，' or ',' && SpeechVerbs.EndingAt(body, span.Open - 1) is not null;

    private static readonly WordIndex CallingVerbs = HanText.Longest(SpeechVerbs.CallingWords);
}
