using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Who stands before a verb of saying: a person already found in that clause, 他/她 meaning the last person named,
/// a bare name (a new person mention), or a group (商户们, 城管队员).
/// </summary>
internal static class SpeakerReader
{
    private static readonly CharSet ClauseBreaks = new("，。！？；：\n”“,;:!?");
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
