using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// The person a 他/她, or a first-person quotation nobody is said to speak, refers to: the subject of the latest
/// sentence that names someone (王立新在周其林课题组工作了20多年，他说 → 王立新, not the last name 周其林). A subject is
/// a person not owned (周其林的, 周其林课题组) and not the object of a preposition (跟周其林, 对他). Features name the
/// people they meet by forms of address (郭姐, 李师傅) and bring in by a count (一位女士), which count here as much as names.
/// </summary>
internal static class PersonInFocus
{
    private static readonly CharSet ObjectMarkers = new("跟和与对给向让被把同随帮替为陪请找");
    private static readonly CharSet Possessed = new("的之");
    private static readonly WordIndex OwnedGroups = HanText.Longest("课题组", "团队", "工作室", "小组", "一家", "家人");

    /// <summary>The person in focus at <paramref name="index"/>, named at most <paramref name="reach"/> characters before it, or null.</summary>
    public static (string Speaker, EntityMention? Person)? At(string body, int index, List<EntityMention> people, int reach)
    {
        var candidates = Candidates(body, index, people, reach);
        if (candidates.Count == 0)
        {
            return null;
        }
        var last = candidates.MaxBy(c => c.Start);
        var sentenceStart = QuoteAttributor.SentenceStart(body, last.Start);
        var chosen = last;
        foreach (var c in candidates)
        {
            if (c.Start >= sentenceStart && c.Start <= chosen.Start && IsSubject(body, c.Start, c.End))
            {
                chosen = c;
            }
        }
        return (chosen.Speaker, chosen.Person);
    }

    private static List<(string Speaker, EntityMention? Person, int Start, int End)> Candidates(string body, int index, List<EntityMention> people, int reach)
    {
        var from = Math.Max(0, index - reach);
        var candidates = new List<(string Speaker, EntityMention? Person, int Start, int End)>();
        foreach (var p in people)
        {
            if (p.CharEnd <= index && p.CharEnd >= from)
            {
                candidates.Add((p.Name, p, p.CharStart, p.CharEnd));
            }
        }
        for (var at = from; at < index; at++)
        {
            if ((at == 0 || body[at - 1] == '\n') && IntroducedName(body, at, index) is > 0 and var name && !MentionSpans.AnyOverlapping(people, at, at + name))
            {
                candidates.Add((body.Substring(at, name), null, at, at + name));
                at += name - 1;
            }
            else if (AddressForms.LengthAt(body, at) is > 0 and var length && at + length <= index && !MentionSpans.AnyOverlapping(people, at, at + length))
            {
                candidates.Add((body.Substring(at, length), null, at, at + length));
                at += length - 1;
            }
            // Someone brought in by a count after the last name (一位女士试了试镜子，她…) is whom the pronoun means.
            else if (CountedStrangers.LengthAt(body, at) is > 0 and var counted && at + counted <= index && !MentionSpans.AnyOverlapping(people, at, at + counted))
            {
                candidates.Add((body.Substring(at, counted), null, at, at + counted));
                at += counted - 1;
            }
        }
        return candidates;
    }

    /// <summary>
    /// Length of a name that opens a paragraph as its own clause, a short description after the comma (某某，福州人，
    /// 是一名…; 某某，今年六十岁，…): features introduce the next person so, and the 他/她 after means that one.
    /// </summary>
    internal static int IntroducedName(string body, int at, int index)
    {
        var length = PersonNameReader.NameLengthAt(body, at);
        if (length < 2 || at + length + 1 >= index || body[at + length] is not ('，' or ','))
        {
            return 0;
        }
        var next = at + length + 1;
        var clause = SpeakerReader.ClauseEnd(body, next) - next;
        var described = (clause is >= 2 and <= MaxOrigin && body[next + clause - 1] == '人') || HanText.WordAt(body, next, Descriptions) is not null;
        return described ? length : 0;
    }

    private const int MaxOrigin = 6;
    private static readonly WordIndex Descriptions = HanText.Longest("今年", "现年", "男，", "女，", "是一名", "是一位", "是个");

    /// <summary>Whether the name from <paramref name="start"/> to <paramref name="end"/> is no object of a preposition and owns nothing.</summary>
    public static bool IsSubject(string body, int start, int end) =>
        (start == 0 || !ObjectMarkers.Contains(body[start - 1]))
        && (end >= body.Length || !Possessed.Contains(body[end]))
        && HanText.WordAt(body, end, OwnedGroups) is null;
}
