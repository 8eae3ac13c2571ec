using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A quotation that opens its sentence and runs on, after a comma or a dash, into a clause whose subject is a person
/// (“…”，某书记动员干部群众…; “…”——去年底，某部长作出批示。): the words are that subject's, whatever the verb, as the
/// sentence is about the one who said them. A short frame of time or occasion may stand before the subject (去年底，; 在全省会议上，).
/// </summary>
internal static class FollowingSubjectSpeakers
{
    private const int MaxFrame = 10;
    private const int MaxSubjectReach = 12;

    private static readonly CharSet FrameEnds = new("年月日底初末天时后前间来上中");

    public static AttributedQuote? Find(string body, QuoteSpan span, List<EntityMention> people)
    {
        if (span.Open > 0 && !HanText.IsSentenceEnd(body[span.Open - 1]))
        {
            return null;
        }
        var start = AfterBreak(body, span.Close + 1);
        if (start < 0)
        {
            return null;
        }
        var clauseEnd = SpeakerReader.ClauseEnd(body, start);
        if (clauseEnd < body.Length && body[clauseEnd] is '，' or ',' && clauseEnd - start <= MaxFrame && FrameEnds.Contains(body[clauseEnd - 1])
            && !people.Any(p => p.CharStart >= start && p.CharStart < clauseEnd))
        {
            start = clauseEnd + 1;
            clauseEnd = SpeakerReader.ClauseEnd(body, start);
        }
        if (SpeakerReader.IsPronounAt(body, start))
        {
            return SpeakerReader.Pronoun(body, start, people) is { } referent
                ? new AttributedQuote(span, referent.Speaker, referent.Person, null, EntityRules.QuoteFollowingSubject, span.Close + 1)
                : null;
        }
        var person = people.FirstOrDefault(p => p.CharStart >= start && p.CharEnd <= clauseEnd);
        if (person is null || person.CharStart - start > MaxSubjectReach || !PersonInFocus.IsSubject(body, person.CharStart, person.CharEnd)
            || !OnlyHanBefore(body, start, person.CharStart))
        {
            return null;
        }
        return new AttributedQuote(span, person.Name, person, null, EntityRules.QuoteFollowingSubject, span.Close + 1);
    }

    /// <summary>Where the clause after the closing mark starts when a comma or a dash follows it, else -1.</summary>
    private static int AfterBreak(string body, int close)
    {
        if (close < body.Length && body[close] is '，' or ',')
        {
            return close + 1;
        }
        return close + 1 < body.Length && body[close] == '—' && body[close + 1] == '—' ? close + 2 : -1;
    }

    /// <summary>Only a post or a body's letters stand before the subject (某省委书记|某某), no words of another clause.</summary>
    private static bool OnlyHanBefore(string body, int start, int end)
    {
        for (var at = start; at < end; at++)
        {
            if (!HanText.IsHan(body[at]) || body[at] is '的' or '和' or '与' or '对' or '向' or '给' or '跟' or '同')
            {
                return false;
            }
        }
        return true;
    }
}
