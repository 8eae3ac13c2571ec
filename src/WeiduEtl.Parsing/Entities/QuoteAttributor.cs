using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Attributes each speech span by the grammar around it, in this order: a verb of saying right before it
/// (X说：“…”, X表示，“…”), right after it (“…”X说。), a quote that continues one just attributed
/// (“…”X说。“…”), and a speaker with a verb of saying in the sentence before (X介绍说，…。“…”).
/// </summary>
internal static class QuoteAttributor
{
    private const int MaxAttributionLength = 24;

    public static List<AttributedQuote> Attribute(string body, List<QuoteSpan> spans, List<EntityMention> people)
    {
        var quotes = new List<AttributedQuote>();
        foreach (var span in spans)
        {
            var previous = quotes.Count > 0 ? quotes[^1] : null;
            quotes.Add(Before(body, span, people)
                ?? After(body, span, people)
                ?? Continued(body, span, previous)
                ?? SentenceBefore(body, span, people)
                ?? new AttributedQuote(span, null, null, null, EntityRules.QuoteUnattributed, span.Close + 1));
        }
        return quotes;
    }

    private static AttributedQuote? Before(string body, QuoteSpan span, List<EntityMention> people)
    {
        var end = span.Open;
        if (end > 0 && body[end - 1] is '：' or ':' or '，' or ',')
        {
            end--;
        }
        return Attribution(body, end, people, span, EntityRules.QuoteBefore, span.Close + 1);
    }

    private static AttributedQuote? After(string body, QuoteSpan span, List<EntityMention> people)
    {
        var start = span.Close + 1;
        if (start < body.Length && body[start] is '，' or ',')
        {
            start++;
        }
        var end = SpeakerReader.ClauseEnd(body, start);
        return end - start <= MaxAttributionLength ? Attribution(body, end, people, span, EntityRules.QuoteAfter, end) : null;
    }

    private static AttributedQuote? Continued(string body, QuoteSpan span, AttributedQuote? previous)
    {
        if (previous is not { Speaker: not null } || span.Open - previous.AttributionEnd > 1 || span.Open < previous.AttributionEnd
            || body.AsSpan(previous.AttributionEnd, span.Open - previous.AttributionEnd).Contains('\n'))
        {
            return null;
        }
        return new AttributedQuote(span, previous.Speaker, previous.Person, previous.Verb, EntityRules.QuoteContinued, span.Close + 1);
    }

    private static AttributedQuote? SentenceBefore(string body, QuoteSpan span, List<EntityMention> people)
    {
        var at = span.Open - 1;
        if (at >= 0 && !HanText.IsSentenceEnd(body[at]))
        {
            return null;
        }
        var sentenceStart = at;
        while (sentenceStart > 0 && !(HanText.IsSentenceEnd(body[sentenceStart - 1]) && sentenceStart - 1 < at - 1))
        {
            sentenceStart--;
        }
        for (var p = sentenceStart; p < at; p++)
        {
            if (body[p] is '，' or '：' && Attribution(body, p, people, span, EntityRules.QuoteSentenceBefore, span.Close + 1) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    private static AttributedQuote? Attribution(string body, int verbEnd, List<EntityMention> people, QuoteSpan span, string rule, int attributionEnd)
    {
        var verb = SpeechVerbs.EndingAt(body, verbEnd);
        if (verb is null)
        {
            return null;
        }
        var verbStart = verbEnd - verb.Length;
        var (speaker, person) = SpeakerReader.Read(body, SpeakerReader.ClauseStart(body, verbStart), verbStart, people);
        return speaker is null ? null : new AttributedQuote(span, speaker, person, verb, rule, attributionEnd);
    }
}
