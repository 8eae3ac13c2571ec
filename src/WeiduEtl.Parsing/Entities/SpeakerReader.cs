using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Who stands before a verb of saying: a person already found in that clause, 他/她 meaning the last person named,
/// a bare name (a new person mention), or a group (商户们, 城管队员).
/// </summary>
internal static class SpeakerReader
{
    private static readonly CharSet ClauseBreaks = new("，。！？；：\n”“,;:!?");
    private const int MaxGroupSpeaker = 12;
    private static readonly CharSet NotInSpeaker = new("的是了在把被这那其为对向从给让使将就都也还又再着过");
    private static readonly WordIndex Pronouns = HanText.Longest("他们", "她们", "他", "她");

    public static (string? Speaker, EntityMention? Person) Read(string body, int clauseStart, int verbStart, List<EntityMention> people)
    {
        var speakerEnd = SpeechVerbs.SpeakerEnd(body, clauseStart, verbStart);
        var person = people.FirstOrDefault(p => p.CharStart >= clauseStart && p.CharEnd <= speakerEnd);
        if (person is not null)
        {
            return (person.Name, person);
        }
        if (HanText.WordEndingAt(body, speakerEnd, Pronouns) is { } pronoun)
        {
            var last = pronoun.Length == 1 ? people.LastOrDefault(p => p.CharEnd <= speakerEnd - 1) : null;
            return (last?.Name, last);
        }
        if (AfterQuotation(body, clauseStart, speakerEnd) is { } whole)
        {
            return whole;
        }
        var start = NameRun.StartBefore(body, speakerEnd, 8);
        if (speakerEnd - start < 2)
        {
            return (null, null);
        }
        if (PersonNameReader.NameLengthAt(body, start) == speakerEnd - start)
        {
            var name = body[start..speakerEnd];
            var mention = new EntityMention(MentionKind.Person, name, name, null, null, start, speakerEnd, EntityRules.SpeakerName);
            people.Add(mention);
            return (name, mention);
        }
        return (body[start..speakerEnd], null);
    }

    /// <summary>
    /// “…”X说: right after a quotation everything before the verb is the speaker, a group or a role as much as a name
    /// (一位参与者, 园区相关部门负责人), so long as it is a short run of Han letters with no function word (这是许多瓜农的|回答
    /// is a sentence about an answer, not its speaker).
    /// </summary>
    private static (string? Speaker, EntityMention? Person)? AfterQuotation(string body, int clauseStart, int speakerEnd)
    {
        var length = speakerEnd - clauseStart;
        if (clauseStart == 0 || body[clauseStart - 1] != '”' || length < 2 || length > MaxGroupSpeaker)
        {
            return null;
        }
        for (var at = clauseStart; at < speakerEnd; at++)
        {
            if (!HanText.IsHan(body[at]) || NotInSpeaker.Contains(body[at]))
            {
                return null;
            }
        }
        // A name alone is a person, found by the reading below.
        return PersonNameReader.NameLengthAt(body, clauseStart) == length ? null : (body[clauseStart..speakerEnd], null);
    }

    /// <summary>Start of the clause that ends at <paramref name="end"/>.</summary>
    public static int ClauseStart(string body, int end)
    {
        var at = end - 1;
        while (at >= 0 && !ClauseBreaks.Contains(body[at]))
        {
            at--;
        }
        return at + 1;
    }

    /// <summary>End of the clause that starts at <paramref name="start"/>.</summary>
    public static int ClauseEnd(string body, int start)
    {
        var at = start;
        while (at < body.Length && !ClauseBreaks.Contains(body[at]))
        {
            at++;
        }
        return at;
    }
}
