using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A name right after a quoted epithet (“最美村官”王某某, “亚洲飞人”某某的…): the epithet is a short term in quotation
/// marks, not speech, and the full name after it is a person with no title.
/// </summary>
internal static class EpithetNames
{
    private const int MaxEpithet = 8;
    private static readonly CharSet SentencePunctuation = new("，。！？；：,.!?;:\n");

    /// <summary>The person named at <paramref name="i"/> after an epithet, or null.</summary>
    /// <remarks>
    /// A quoted role is the post the person holds (某派出所“村警”某某): it is their title, and a body printed right before
    /// it their organisation.
    /// </remarks>
    public static EntityMention? At(string body, int i, IReadOnlyList<EntityMention> organisations)
    {
        if (i < 3 || body[i - 1] != '”' || !IsEpithet(body, i - 1))
        {
            return null;
        }
        // A surname that opens ordinary words too (于, 全) is read as in a list: the epithets name people one after another.
        var length = PersonNameReader.NameLengthInListAt(body, i);
        // A full name only: two letters after a term are as often the start of an ordinary word. After a quoted role
        // (“村警”某某, “护林员”某某) two letters that the article prints again are the person it goes on about; three
        // letters before a word they do not end (“村警”某某|外出) are two when only those two recur.
        var end = i + length;
        if (length >= 2 && IsRole(body, i - 1) && RecursAfter(body, i, i + 2) && !(length == 3 && RecursAfter(body, i, end)))
        {
            var open = body.LastIndexOf('“', i - 2);
            var organisation = organisations.FirstOrDefault(o => o.CharEnd == open);
            return new EntityMention(MentionKind.Person, body[(organisation?.CharStart ?? open)..(i + 2)], body.Substring(i, 2), body[(open + 1)..(i - 1)], organisation?.Name, organisation?.CharStart ?? open, i + 2, EntityRules.EpithetName);
        }
        if (length < 3 || HanText.IsHanAt(body, end) && !PersonNameReader.StartsPredicate(body, end))
        {
            return null;
        }
        return new EntityMention(MentionKind.Person, body[i..end], body[i..end], null, null, i, end, EntityRules.EpithetName);
    }

    /// <summary>Last letters of words for people by what they do (村警, 护林员, 守门人, 领头雁 is none).</summary>
    private static readonly CharSet RoleEndings = new("警员长官师手匠工医兵人");

    private const int MinRecurrences = 2;

    /// <summary>Whether the quoted term closing at <paramref name="close"/> names a role: a post, a descriptor or a word for a worker.</summary>
    private static bool IsRole(string body, int close) =>
        RoleEndings.Contains(body[close - 1]) || TitleLexicon.TitleEndsAt(body, close) || PersonDescriptors.EndingAt(body, close) > 0;

    private static bool RecursAfter(string body, int start, int end)
    {
        var name = body[start..end];
        var count = 0;
        for (var at = body.IndexOf(name, end, StringComparison.Ordinal); at >= 0 && count < MinRecurrences; at = body.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count >= MinRecurrences;
    }

    /// <summary>Whether the quotation closing at <paramref name="close"/> is a short term, not speech.</summary>
    private static bool IsEpithet(string body, int close)
    {
        for (var at = close - 1; at >= 0 && close - at <= MaxEpithet + 1; at--)
        {
            if (body[at] == '“')
            {
                return close - at > 2;
            }
            if (SentencePunctuation.Contains(body[at]))
            {
                return false;
            }
        }
        return false;
    }
}
