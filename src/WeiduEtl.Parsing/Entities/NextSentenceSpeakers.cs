using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A whole quoted sentence with no verb of saying around it, and someone named in the sentence right after it
/// (“好日子，全靠党的好政策。”从2014年起，阿卜都克尤木主动申请…): the sentence goes on about the speaker.
/// </summary>
internal static class NextSentenceSpeakers
{
    /// <summary>
    /// The speaker the next sentence names. A quotation that is its own paragraph (a pull-quote) looks into the next
    /// paragraph's first sentence; one of a run printed back to back (“…。”“…。”) is left to the last of the run, which
    /// looks past an ellipsis (“…。”……在夜市，中队长X一边…). With <paramref name="subjectOnly"/> the person must open that
    /// sentence (“这活儿交给我。”阿依谢姆古丽主动请缨。), which is surer than a quotation continuing the one before. A
    /// person followed by 的, an age or 家 (进了村民X家) owns something and is no subject. Without a person: the writer
    /// opening a clause (“…”至今，我还记得…), then a form of address that is no object (北京的王女士花2万余元…), then a
    /// group counted at the opening of a clause (<see cref="CountedGroups"/>: 上千名员工早早来到…), then a kind of person
    /// opening one (<see cref="KindSubjects"/>: 民警在…).
    /// </summary>
    public static AttributedQuote? Find(string body, QuoteSpan span, List<EntityMention> people, bool subjectOnly)
    {
        var endsInside = span.Close < body.Length && HanText.IsSentenceEnd(body[span.Close - 1]);
        var endsAfter = span.Close + 1 < body.Length && body[span.Close + 1] == '。';
        var afterWholeQuote = span.Open > 1 && body[span.Open - 1] == '”' && HanText.IsSentenceEnd(body[span.Open - 2]);
        if (span.Close >= body.Length || span.Close - span.TextStart < 2 || !(endsInside || endsAfter)
            || (QuoteAttributor.SentenceStart(body, span.Open) != span.Open && !afterWholeQuote && !AfterDateline(body, span.Open)))
        {
            return null;
        }
        var start = span.Close + (endsAfter ? 2 : 1);
        if (start < body.Length && body[start] == '\n' && (span.Open == 0 || body[span.Open - 1] == '\n'))
        {
            start++;
        }
        if (start < body.Length && body[start] == '“')
        {
            return null;
        }
        while (start < body.Length && body[start] == '…')
        {
            start++;
        }
        var end = QuoteAttributor.ReadingEnd(body, start);
        if (!subjectOnly && Complainant(body, start, end, people) is { } complainant)
        {
            return new AttributedQuote(span, complainant.Speaker, complainant.Person, null, EntityRules.QuoteNextSentence, span.Close + 1);
        }
        // A sentence that ends in a verb of saying and has subjects one after another is said by the last (…，队员某某一直
        // 不说话，师傅某某看在眼里，拍着他的肩头说。), not by the first person it names on the way.
        if (!subjectOnly && SpeechVerbs.EndingAt(body, end) is { } verb
            && people.Where(p => p.CharStart >= start && p.CharEnd <= end && PersonInFocus.IsSubject(body, p.CharStart, p.CharEnd)).ToList() is { Count: > 1 } subjects
            && subjects[^1].Name != subjects[0].Name)
        {
            return new AttributedQuote(span, subjects[^1].Name, subjects[^1], verb, EntityRules.QuoteSentenceAfter, end);
        }
        var person = people.Where(p => p.CharStart >= start && p.CharEnd <= end).MinBy(p => p.CharStart);
        if (person is null && !subjectOnly)
        {
            return WriterInClause(body, start, end) is { } writer ? new AttributedQuote(span, writer, null, null, EntityRules.QuoteNextSentence, span.Close + 1)
                : AddressInSentence(body, start, end) is { } address ? new AttributedQuote(span, address, null, null, EntityRules.QuoteNextSentence, span.Close + 1)
                : CountedGroups.InSentence(body, start, end) is { } group ? new AttributedQuote(span, group, null, null, EntityRules.QuoteCountedGroup, span.Close + 1)
                : KindSubjects.InSentence(body, start, end) is { } kind ? new AttributedQuote(span, kind, null, null, EntityRules.QuoteKindSubject, span.Close + 1)
                : null;
        }
        if (person is null || (subjectOnly && person.CharStart != start) || Owns(body, person.CharEnd))
        {
            return null;
        }
        return new AttributedQuote(span, person.Name, person, null, EntityRules.QuoteNextSentence, span.Close + 1);
    }

    private const char NewsLead = '讯';
    private const int MaxDateline = 24;

    /// <summary>
    /// Whether only the paper's dateline stands before the quotation in its sentence (本报讯 “…”, 本报3月2日讯（记者 某某）“…”, 某某网讯：“…”):
    /// the quotation opens the report as it would open a paragraph.
    /// </summary>
    private static bool AfterDateline(string body, int open)
    {
        var start = QuoteAttributor.SentenceStart(body, open);
        var at = open;
        while (at > start && body[at - 1] is ' ' or '\u3000' or '\u00a0')
        {
            at--;
        }
        // A web paper's dateline ends in a colon (某某网讯：“…”).
        if (at > start && body[at - 1] is '：' or ':')
        {
            at--;
        }
        if (at > start && body[at - 1] is '）' or ')')
        {
            at = body.LastIndexOfAny(['（', '('], at - 1);
        }
        return at > start && open - start <= MaxDateline + 16 && at - start <= MaxDateline && body[at - 1] == NewsLead
            && body.AsSpan(start, at - start).IndexOfAny('\n', '，', '“') < 0;
    }

    private static bool Owns(string body, int nameEnd) =>
        nameEnd < body.Length && (body[nameEnd] == '的' || char.IsAsciiDigit(body[nameEnd]) || (body[nameEnd] == '家' && (nameEnd + 1 >= body.Length || body[nameEnd + 1] != '住')));

    /// <summary>
    /// Who the next sentence says reported or complained (在接到群众举报后，…; 一条群众举报让检察长X…; 派出所接到张先生报警;
    /// 遇到一位大娘在诉苦): the words were that report, whoever else the sentence names. The one reporting stands right before
    /// the verb: a person, a form of address, a kind of person (群众, 市民) or an honorific alone (大娘).
    /// </summary>
    private static (string Speaker, EntityMention? Person)? Complainant(string body, int start, int end, List<EntityMention> people)
    {
        for (var at = start + 2; at < end - 1; at++)
        {
            if (HanText.WordAt(body, at, Reports) is null)
            {
                continue;
            }
            var before = body[at - 1] == '在' ? at - 1 : at;
            if (people.FirstOrDefault(p => p.CharEnd == before && p.CharStart >= start) is { } person)
            {
                return (person.Name, person);
            }
            for (var length = Math.Min(MaxComplainant, before - start); length >= 2; length--)
            {
                var from = before - length;
                if (AddressForms.LengthAt(body, from) == length || AddressForms.HonorificAt(body, from)?.Length == length || PersonDescriptors.EndingAt(body, before) == length)
                {
                    return (body.Substring(from, length), null);
                }
            }
        }
        return null;
    }

    private const int MaxComplainant = 5;
    private static readonly WordIndex Reports = HanText.Longest("举报", "反映", "投诉", "报警", "求助", "诉苦", "来电", "留言");

    /// <summary>The writer opening a clause of the sentence (“…”至今，我还记得…).</summary>
    private static string? WriterInClause(string body, int start, int end)
    {
        for (var at = start; at < end; at++)
        {
            if ((at == start || body[at - 1] is '，' or ',') && WriterSpeaker.At(body, at) is { } writer)
            {
                return writer;
            }
        }
        return null;
    }

    /// <summary>The first form of address in the sentence that is no object and owns nothing (北京朝阳区的王女士花…; not 到王阿姨家).</summary>
    private static string? AddressInSentence(string body, int start, int end)
    {
        for (var at = start; at < end - 1; at++)
        {
            if (AddressForms.LengthAt(body, at) is > 0 and var length && at + length <= end && PersonInFocus.IsSubject(body, at, at + length) && !Owns(body, at + length))
            {
                return body.Substring(at, length);
            }
        }
        return null;
    }
}
