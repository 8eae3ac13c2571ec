using System.Buffers;
using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Attributes each speech span by the grammar around it, in this order: a verb of saying right before it
/// (X说：“…”, X表示，“…”), right after it (“…”X说。), a quote that continues one just attributed
/// (“…”X说。“…”), a speaker with a verb of saying in the sentence before (X介绍说，…。“…”), and one whose report runs on
/// into the quotation's sentence (X表示，…。…，“…”).
/// </summary>
internal static class QuoteAttributor
{
    private const int MaxAttributionLength = 24;
    private const int MaxContinuation = 80;

    public static List<AttributedQuote> Attribute(string body, List<QuoteSpan> spans, List<EntityMention> people, List<EntityMention> organisations)
    {
        var quotes = new List<AttributedQuote>();
        var opensParagraph = false;
        foreach (var span in spans)
        {
            var previous = quotes.Count > 0 ? quotes[^1] : null;
            // A run of quotations printed back to back opens the paragraph with its first (“…。”“…。”……在夜市，X一边…).
            opensParagraph = span.Open == 0 || body[span.Open - 1] == '\n' || (opensParagraph && previous is not null && previous.Span.Close + 1 == span.Open);
            // A speaker after the quotation who opens the next one with a colon (“…。”X说：“…”) speaks the next words only.
            var readAfter = !IntroducesNext(body, span);
            quotes.Add(Before(body, span, people)
                ?? SaidBy(body, span, people)
                ?? QuoteSubjects.SharedSubject(body, span, people)
                ?? MeetingSpeakers.Before(body, span, people)
                // A colon hands the quotation to the clause before it; a verb after it then opens the next speaker's words (X设想：“…”Y认为，…).
                ?? (AfterColon(body, span) ? QuoteSubjects.Colon(body, span, people) : null)
                ?? (readAfter ? VerseQuotes.Find(body, span, people) : null)
                ?? (readAfter ? After(body, span, people) : null)
                ?? (readAfter ? WordsOwner.After(body, span, ReadingEnd(body, span.Close + 1), people) : null)
                ?? (readAfter ? NextSentenceSpeakers.Find(body, span, people, subjectOnly: true) : null)
                ?? Continued(body, span, previous, people)
                ?? QuoteSubjects.Colon(body, span, people)
                ?? BodyColon(body, span, organisations)
                ?? (opensParagraph && readAfter ? NextSentenceSpeakers.Find(body, span, people, subjectOnly: false) : null)
                ?? SentenceBefore(body, span, people)
                ?? (readAfter ? SentenceAfter(body, span, people) : null)
                ?? (readAfter ? FollowingSubjectSpeakers.Find(body, span, people) : null)
                ?? ParagraphSpeakers.EarlierInParagraph(body, span, people)
                ?? QuoteSubjects.PreviousSubject(body, span, people)
                ?? QuoteSubjects.Comma(body, span, people, organisations)
                ?? (readAfter ? NextSentenceSpeakers.Find(body, span, people, subjectOnly: false) : null)
                ?? (readAfter ? QuoteSubjects.Lead(body, span, people) : null)
                ?? ReportRunsOn(body, span, people)
                ?? QuoteSubjects.InFocus(body, span, people)
                ?? new AttributedQuote(span, null, null, null, EntityRules.QuoteUnattributed, span.Close + 1));
        }
        Repeated(body, quotes);
        ParagraphSpeakers.PullQuotes(body, quotes);
        ParagraphSpeakers.ColonRuns(body, quotes);
        Adjoining(body, quotes);
        AddressedSpeakers.Name(body, quotes, people);
        PostSpeakers.Name(quotes, people);
        return quotes;
    }

    /// <summary>
    /// Quotations printed back to back (“…。”“…！”X说) are one speaker's: an unattributed one takes the speaker of the
    /// one that follows it with nothing between, and so does one given only to the person in focus, a guess the
    /// following one's attribution outranks. Not a question the next one answers (“…吗？”“来！”X回答): that is another voice.
    /// </summary>
    private static void Adjoining(string body, List<AttributedQuote> quotes)
    {
        for (var k = quotes.Count - 2; k >= 0; k--)
        {
            var next = quotes[k + 1];
            var answered = next.Verb is { } verb && verb.Contains('答') && quotes[k].Span.Close > 0 && body[quotes[k].Span.Close - 1] is '？' or '?';
            if (!answered && (quotes[k].Speaker is null || quotes[k].Rule == EntityRules.QuoteInFocus) && next.Speaker is not null && next.Rule != EntityRules.QuoteInFocus && next.Span.Open == quotes[k].Span.Close + 1)
            {
                quotes[k] = quotes[k] with { Speaker = next.Speaker, Person = next.Person, Verb = next.Verb, Rule = EntityRules.QuoteAdjoining };
            }
        }
    }

    /// <summary>
    /// A body that opens the clause before a colon, with no person in it (中央纪委国家监委发布消息：“…”): the body's
    /// statement, published under its name.
    /// </summary>
    private static AttributedQuote? BodyColon(string body, QuoteSpan span, List<EntityMention> organisations)
    {
        var colon = span.ColonBefore(body);
        if (colon < 0)
        {
            return null;
        }
        var clauseStart = SpeakerReader.ClauseStart(body, colon);
        EntityMention? first = null;
        foreach (var o in organisations)
        {
            if (o.CharStart == clauseStart || (first is not null && o.CharStart == first.CharEnd))
            {
                first = first is null ? o : first with { Name = body[first.CharStart..o.CharEnd], CharEnd = o.CharEnd };
            }
        }
        return first is null ? null : new AttributedQuote(span, first.Name, null, null, EntityRules.QuoteBodyColon, span.Close + 1);
    }

    /// <summary>
    /// A pull-quote printed again in the text: an unattributed quotation takes the speaker of an attributed one that
    /// starts with the same words.
    /// </summary>
    private static void Repeated(string body, List<AttributedQuote> quotes)
    {
        const int SameStart = 8;
        for (var k = 0; k < quotes.Count; k++)
        {
            var quote = quotes[k];
            if (quote.Speaker is not null || quote.Span.Close - quote.Span.TextStart < SameStart)
            {
                continue;
            }
            var textStart = quote.Span.TextStart;
            var source = quotes.FirstOrDefault(q => q.Speaker is not null && q.Span.Close - q.Span.TextStart >= SameStart
                && string.CompareOrdinal(body, q.Span.TextStart, body, textStart, SameStart) == 0);
            if (source is not null)
            {
                quotes[k] = quote with { Speaker = source.Speaker, Person = source.Person, Verb = source.Verb, Rule = EntityRules.QuoteRepeated };
            }
        }
    }

    private static AttributedQuote? Before(string body, QuoteSpan span, List<EntityMention> people)
    {
        var end = span.ColonBefore(body) is >= 0 and var colon ? colon : span.Open;
        if (end == span.Open && end > 0 && body[end - 1] is '，' or ',')
        {
            end--;
        }
        return Attribution(body, end, people, span, EntityRules.QuoteBefore, span.Close + 1, punctuated: end < span.Open);
    }

    /// <summary>Frames that put the speaker after 是 (说这话的是…某某): the words before them are that person's.</summary>
    private static readonly WordIndex SaidByFrames = HanText.Longest("说这话的是", "说这番话的是", "说这句话的是", "说话的是", "这样说的是");

    /// <summary>
    /// The sentence after the quotation, in the same paragraph or opening the next, says who spoke it by 说这话的是 and
    /// a description ending in the name (“…”\n说这话的是在街口开了十年面馆的老板娘某某。): the person at its end.
    /// </summary>
    private static AttributedQuote? SaidBy(string body, QuoteSpan span, List<EntityMention> people)
    {
        var start = span.Close + 1;
        while (start < body.Length && body[start] is '\n' or ' ' or '\u3000')
        {
            start++;
        }
        if (ThisIsWhat(body, span, start, people) is { } told)
        {
            return told;
        }
        if (HanText.WordAt(body, start, SaidByFrames) is not { } frame)
        {
            return null;
        }
        var end = SpeakerReader.ClauseEnd(body, start + frame.Length);
        var person = people.LastOrDefault(p => p.CharStart >= start + frame.Length && p.CharEnd == end);
        if (person is not null)
        {
            return new AttributedQuote(span, person.Name, person, null, EntityRules.QuoteAfter, end);
        }
        for (var at = Math.Max(start + frame.Length, end - 4); at <= end - 2; at++)
        {
            if (PersonNameReader.NameLengthAt(body, at) == end - at)
            {
                var (name, mention) = SpeakerReader.NewSpeaker(body, at, end, people);
                return new AttributedQuote(span, name, mention, null, EntityRules.QuoteAfter, end);
            }
        }
        return null;
    }

    private const string ThisIs = "这是";

    /// <summary>
    /// 这是 then a speaker and a verb of saying after the quotation (“…”这是她告诉来访干部的心里话。): what the words were,
    /// and who said them; the speaker is a person found there or 他/她 meaning the person in focus.
    /// </summary>
    private static AttributedQuote? ThisIsWhat(string body, QuoteSpan span, int start, List<EntityMention> people)
    {
        if (start >= body.Length || !body.AsSpan(start).StartsWith(ThisIs))
        {
            return null;
        }
        var at = start + ThisIs.Length;
        var end = SpeakerReader.ClauseEnd(body, at);
        if (people.FirstOrDefault(p => p.CharStart == at) is { } person && SpeechVerbs.After(body, person.CharEnd) is { } verb)
        {
            return new AttributedQuote(span, person.Name, person, verb, EntityRules.QuoteAfter, end);
        }
        return SpeakerReader.IsPronounAt(body, at) && SpeechVerbs.After(body, at + 1) is { } pronounVerb && SpeakerReader.Pronoun(body, at, people) is { } referent
            ? new AttributedQuote(span, referent.Speaker, referent.Person, pronounVerb, EntityRules.QuoteAfter, end)
            : null;
    }

    private static bool AfterColon(string body, QuoteSpan span) => span.ColonBefore(body) >= 0;

    /// <summary>
    /// Whether the clause right after the quotation ends in a colon that opens another quotation (“…。”X说：“…”): what
    /// follows the quotation introduces the next words, and none of it is the attribution of these.
    /// </summary>
    private static bool IntroducesNext(string body, QuoteSpan span)
    {
        var end = SpeakerReader.ClauseEnd(body, span.Close + 1);
        return end + 1 < body.Length && body[end] is '：' or ':' && body[end + 1] == '“';
    }

    private static AttributedQuote? After(string body, QuoteSpan span, List<EntityMention> people)
    {
        var start = span.Close + 1;
        // A typesetter's space after the closing mark (“…” X对记者表示) stands for nothing.
        while (start < body.Length && body[start] is ' ' or '\u00a0' or '\u3000')
        {
            start++;
        }
        if (start < body.Length && body[start] is '，' or ',')
        {
            start++;
        }
        var end = SpeakerReader.ClauseEnd(body, start);
        // The clause ends in punctuation, so a verb at its end that takes an object as often has none and is one of saying (“…”王某回忆。).
        var closed = end < body.Length ? body[end] != '“' : end == body.Length;
        if (Attribution(body, end, people, span, EntityRules.QuoteAfter, end, end - start <= MaxAttributionLength, clauseFinal: closed) is { } found)
        {
            return found;
        }
        // A long clause that ends in the verb is still all attribution; its subject speaks however much comes between
        // (“…”日本专家青木信夫近日在接受本报记者采访时表示。).
        if (SpeechVerbs.EndingAt(body, end) is { } clauseVerb && ClauseSubject(body, start, end - clauseVerb.Length, people) is { } subject)
        {
            return new AttributedQuote(span, subject.Name, subject, clauseVerb, EntityRules.QuoteAfter, end);
        }
        // The speaker opens the clause and the verb has an object (“…”刘俊海还谈到事前预防的问题，; “…”他常常提醒学生：).
        var person = people.FirstOrDefault(p => p.CharStart == start);
        if (person is null && SpeakerReader.IsPronounAt(body, start) && SpeechVerbs.After(body, start + 1) is not null)
        {
            return SpeakerReader.Pronoun(body, start, people) is { } referent
                ? new AttributedQuote(span, referent.Speaker, referent.Person, SpeechVerbs.After(body, start + 1), EntityRules.QuoteAfter, end)
                : null;
        }
        if (person is null && WriterSpeaker.At(body, start) is { } writer && SpeechVerbs.After(body, start + writer.Length) is { } writerVerb)
        {
            return new AttributedQuote(span, writer, null, writerVerb, EntityRules.QuoteAfter, end);
        }
        if (person is null && BareNameBeforeVerb(body, start, end) is { } bare)
        {
            var (name, mention) = SpeakerReader.NewSpeaker(body, start, bare.NameEnd, people);
            return new AttributedQuote(span, name, mention, bare.Verb, EntityRules.QuoteAfter, end);
        }
        var verb = person is null ? null : SpeechVerbs.After(body, person.CharEnd);
        return verb is null ? null : new AttributedQuote(span, person!.Name, person, verb, EntityRules.QuoteAfter, end);
    }

    /// <summary>
    /// A name no rule has read yet that opens the clause, with a verb of saying and its object after it (“…”王某叮嘱施工方负责人。);
    /// the reader cannot tell a verb's first letter from a given one (刘某叮|嘱), so the name one letter shorter is tried too.
    /// </summary>
    private static (int NameEnd, string Verb)? BareNameBeforeVerb(string body, int start, int end)
    {
        var length = PersonNameReader.NameLengthAt(body, start);
        for (var nameEnd = start + length; nameEnd >= start + 2 && nameEnd >= start + length - 1 && nameEnd <= end; nameEnd--)
        {
            if (SpeechVerbs.After(body, nameEnd) is { } verb)
            {
                return (nameEnd, verb);
            }
        }
        return null;
    }

    /// <summary>The first person in the clause who is its subject: not after a preposition, owning nothing.</summary>
    private static EntityMention? ClauseSubject(string body, int start, int verbStart, List<EntityMention> people)
    {
        foreach (var p in people)
        {
            if (p.CharStart >= start && p.CharEnd <= verbStart && PersonInFocus.IsSubject(body, p.CharStart, p.CharEnd))
            {
                return p;
            }
        }
        return null;
    }

    private static AttributedQuote? Continued(string body, QuoteSpan span, AttributedQuote? previous, List<EntityMention> people)
    {
        // The same sentence goes on after the attribution (“…”X说，…，“…”), or a new one starts right after it (“…”X说。“…”);
        // a guess at the person in focus is no attribution to go on from.
        if (previous is not { Speaker: not null } || previous.Rule == EntityRules.QuoteInFocus || span.Open < previous.AttributionEnd || span.Open - previous.AttributionEnd > MaxContinuation)
        {
            return null;
        }
        var between = body.AsSpan(previous.AttributionEnd, span.Open - previous.AttributionEnd);
        if (between.Contains('\n') || (between.Length > 1 && between[..^1].IndexOfAny("。！？") >= 0) || OpensWithNewSubject(body, span))
        {
            return null;
        }
        // Another person opens a clause on the way (“…”X说。另一边，王女士带着孩子准备去游玩，“…”): the words are that one's.
        if (NewSubjectBetween(body, previous, span, people) is { } other)
        {
            return new AttributedQuote(span, other.Speaker, other.Person, null, EntityRules.QuoteCommaSubject, span.Close + 1);
        }
        return new AttributedQuote(span, previous.Speaker, previous.Person, previous.Verb, EntityRules.QuoteContinued, span.Close + 1);
    }

    /// <summary>
    /// The latest person, by name or by a form of address, other than the previous speaker, who opens a clause between the
    /// previous attribution and this quotation as its subject (随后，| 另一边，| …。): owning nothing and no object.
    /// </summary>
    private static (string Speaker, EntityMention? Person)? NewSubjectBetween(string body, AttributedQuote previous, QuoteSpan span, List<EntityMention> people)
    {
        (string Speaker, EntityMention? Person)? found = null;
        for (var at = previous.AttributionEnd; at < span.Open; at++)
        {
            if (at == 0 || !NewClauseMarks.Contains(body[at - 1]))
            {
                continue;
            }
            var person = people.FirstOrDefault(p => p.CharStart == at);
            var length = person is null ? AddressForms.LengthAt(body, at) : person.CharEnd - at;
            if (length > 0 && at + length < span.Open && PersonInFocus.IsSubject(body, at, at + length))
            {
                var speaker = person?.Name ?? body.Substring(at, length);
                if (speaker != previous.Speaker && previous.Person?.Name != speaker)
                {
                    found = (speaker, person);
                }
            }
        }
        return found;
    }

    private static readonly CharSet NewClauseMarks = new("，。！？；,;!?");

    /// <summary>A clause's comma or colon, full-width or as a web copy prints it.</summary>
    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create("，：,:");

    /// <summary>
    /// Whether a clause opened by a pronoun hands the quotation over with a colon (我问他：“…”他摇摇头：“…”): the words are
    /// that subject's answer, not more of the previous speaker's. A pronoun the rules before could resolve has named its
    /// speaker already; one they could not leaves the words unattributed rather than the asker's.
    /// </summary>
    private static bool OpensWithNewSubject(string body, QuoteSpan span)
    {
        var colon = span.ColonBefore(body);
        return colon >= 0 && body[SpeakerReader.ClauseStart(body, colon)] is '他' or '她';
    }

    /// <summary>
    /// A speaker with a verb of saying earlier in the quotation's sentence, or in the sentence before when the quotation
    /// starts one (刘俊海认为，…，“…”; X介绍说，…。“…”).
    /// </summary>
    private static AttributedQuote? SentenceBefore(string body, QuoteSpan span, List<EntityMention> people)
    {
        var windowStart = SentenceStart(body, span.Open);
        if (windowStart == span.Open && windowStart > 0)
        {
            var previousEnd = windowStart - 1;
            while (previousEnd > 0 && HanText.IsSentenceEnd(body[previousEnd]))
            {
                previousEnd--;
            }
            windowStart = SentenceStart(body, previousEnd);
        }
        for (var p = windowStart; p < span.Open; p++)
        {
            if (ClauseBreaks.Contains(body[p]) && Attribution(body, p, people, span, EntityRules.QuoteSentenceBefore, span.Close + 1) is { } found)
            {
                return found;
            }
        }
        var person = people.FirstOrDefault(m => m.CharStart >= windowStart && m.CharEnd <= span.Open && SpeechVerbs.After(body, m.CharEnd) is not null);
        return person is null ? null
            : new AttributedQuote(span, person.Name, person, SpeechVerbs.After(body, person.CharEnd), EntityRules.QuoteSentenceBefore, span.Close + 1);
    }

    /// <summary>
    /// A quotation inside a sentence that names no one, after a sentence that opens with a speaker and a verb of saying in
    /// the same paragraph (X表示，…。近年来，…，“…”): the speaker's report runs on, the words are theirs. Unlike
    /// <see cref="ParagraphSpeakers.EarlierInParagraph"/>, which follows a person already found, this reads the attribution
    /// clause itself, so a post or a body's spokesman (商会新闻发言人表示，) and a name no rule has read yet speak too.
    /// </summary>
    private static AttributedQuote? ReportRunsOn(string body, QuoteSpan span, List<EntityMention> people)
    {
        var ownStart = SentenceStart(body, span.Open);
        // After a colon the clause before it speaks (某企业经理态度强硬：“…”); after a comma only a sentence naming no one runs on.
        if (ownStart == span.Open || ownStart < 2 || body[ownStart - 1] == '\n' || body[span.Open - 1] is not ('，' or ',') || !ParagraphSpeakers.NamesNoOne(body, ownStart, span.Open, people))
        {
            return null;
        }
        var previousStart = SentenceStart(body, ownStart - 1);
        var firstBreak = body.AsSpan(previousStart, ownStart - previousStart).IndexOfAny(ClauseBreaks);
        return firstBreak < 0 ? null
            : Attribution(body, previousStart + firstBreak, people, span, EntityRules.QuoteReportRunsOn, span.Close + 1) is { Speaker: not null } found ? found : null;
    }

    /// <summary>The sentence right after the quotation ends with a verb of saying (“…”日前，工作人员李某到居民家热情地说。).</summary>
    private static AttributedQuote? SentenceAfter(string body, QuoteSpan span, List<EntityMention> people)
    {
        var end = ReadingEnd(body, span.Close + 1);
        var verb = SpeechVerbs.EndingAt(body, end);
        // The verb's subject speaks, not a person it names on the way (X的同事Y说, 跟X学艺的Y说).
        var person = verb is null ? null
            : people.FirstOrDefault(p => p.CharStart > span.Close && p.CharEnd <= end && PersonInFocus.IsSubject(body, p.CharStart, p.CharEnd))
            ?? people.FirstOrDefault(p => p.CharStart > span.Close && p.CharEnd <= end);
        if (person is null && verb is not null)
        {
            // Time and place come first, the speaker in the verb's own clause (“…”去年冬天，在店里忙碌的店主王某兴奋地说。).
            return Attribution(body, end, people, span, EntityRules.QuoteSentenceAfter, end) is { } read && (read.Person is not null || IsWholeClause(body, read, end)) ? read : null;
        }
        return person is null ? null : new AttributedQuote(span, person.Name, person, verb, EntityRules.QuoteSentenceAfter, end);
    }

    /// <summary>
    /// Whether a speaker with no name is all of its clause before the verb, a post or a kind of person in Han letters with
    /// no function word (“…”在赛后的发布会上，客队主帅坦言。): the clause says who spoke and nothing else.
    /// </summary>
    private static bool IsWholeClause(string body, AttributedQuote read, int verbEnd)
    {
        const int MaxWholeClause = 12;
        var verbStart = verbEnd - read.Verb!.Length;
        var clauseStart = SpeakerReader.ClauseStart(body, verbStart);
        var speakerEnd = SpeechVerbs.SpeakerEnd(body, clauseStart, verbStart);
        var speaker = body.AsSpan(clauseStart, speakerEnd - clauseStart);
        return read.Speaker is { Length: >= 2 and <= MaxWholeClause } name && speaker.SequenceEqual(name) && SpeakerReader.IsAllHan(speaker)
            && speaker.IndexOfAny(SpeakerReader.NotInRoleSpeaker) < 0;
    }

    /// <summary>
    /// Where the sentence from <paramref name="start"/> ends, or the next speech opens in it; a quoted term on the way
    /// (在“点鸟奖湖”活动现场，养鱼户X兴奋地说) is read through.
    /// </summary>
    internal static int ReadingEnd(string body, int start)
    {
        var end = start;
        while (end < body.Length && !HanText.IsSentenceEnd(body[end]))
        {
            if (body[end] == '“')
            {
                var close = QuoteSpans.TermClose(body, end);
                if (close < 0)
                {
                    break;
                }
                end = close;
            }
            end++;
        }
        return end;
    }

    internal static int SentenceStart(string body, int index)
    {
        var at = index;
        while (at > 0 && !HanText.IsSentenceEnd(body[at - 1]))
        {
            at--;
        }
        return at;
    }

    /// <param name="wholeClause">
    /// Whether the whole clause before the verb may be read for its speaker; in a long one (2000年跟周其林读研究生、现为…院长的
    /// 朱守非告诉记者) only the name right before the verb is.
    /// </param>
    /// <param name="punctuated">Whether a comma or colon stands between the verb and the quotation, which makes a verb that often takes an object one of saying (X觉得，“…”).</param>
    /// <param name="clauseFinal">Whether the verb ends its clause after the quotation, which makes one that takes an object as often (回忆, 解释) one of saying.</param>
    private static AttributedQuote? Attribution(string body, int verbEnd, List<EntityMention> people, QuoteSpan span, string rule, int attributionEnd, bool wholeClause = true, bool punctuated = false, bool clauseFinal = false)
    {
        var verb = SpeechVerbs.EndingAt(body, verbEnd) ?? (punctuated ? SpeechVerbs.BeforePunctuationEndingAt(body, verbEnd) ?? SpeechVerbs.WithDaoEndingAt(body, verbEnd) : null)
            ?? (clauseFinal ? SpeechVerbs.ClauseFinalEndingAt(body, verbEnd) : null);
        // The one spoken to stands between the verb and the colon (吴某常提醒他们：“…”; 她告诉我：“…”).
        if (verb is null && punctuated && SpeechVerbs.ToHearerEndingAt(body, verbEnd) is { } told)
        {
            (verb, verbEnd) = told;
        }
        if (verb is null)
        {
            return null;
        }
        var verbStart = verbEnd - verb.Length;
        var clauseStart = SpeakerReader.ClauseStart(body, verbStart);
        if (!wholeClause)
        {
            clauseStart = Math.Max(clauseStart, NameRun.StartBefore(body, SpeechVerbs.SpeakerEnd(body, clauseStart, verbStart), 4));
        }
        var (speaker, person) = SpeakerReader.Read(body, clauseStart, verbStart, people);
        return speaker is null || (!wholeClause && person is null) ? null : new AttributedQuote(span, speaker, person, verb, rule, attributionEnd);
    }
}
