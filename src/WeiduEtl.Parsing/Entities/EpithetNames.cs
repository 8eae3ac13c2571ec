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
    public static EntityMention? At(string body, int i)
    {
        if (i < 3 || body[i - 1] != '”' || !IsEpithet(body, i - 1))
        {
            return null;
        }
        var length = PersonNameReader.NameLengthAt(body, i);
        // A full name only: two letters after a term are as often the start of an ordinary word.
        var end = i + length;
        if (length < 3 || HanText.IsHanAt(body, end) && !PersonNameReader.StartsPredicate(body, end))
        {
            return null;
        }
        return new EntityMention(MentionKind.Person, body[i..end], body[i..end], null, null, i, end, EntityRules.EpithetName);
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
