using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A level's party committee and government named by the level alone and printed together (省委、省政府, 州委州政府,
/// 市委和市政府, 省委、最高法院): the article's own province, prefecture or city, so each is a body although no place
/// opens it. One such word alone (省委书记, 全省委托) is a post's part or a longer word's, and is left.
/// </summary>
internal static class LevelBodyPairs
{
    private static readonly WordIndex Levels = HanText.Longest(
        "省委", "省政府", "省人大", "省政协", "州委", "州政府", "市委", "市政府", "县委", "县政府", "区委", "区政府");

    private static readonly CharSet Joins = new("、和与及");

    /// <summary>Letters before the word that make it every level's body or this one's (各省委, 本市委), not the one a list names.</summary>
    private static readonly CharSet Scopes = new("各每全本该");

    public static void AddTo(string body, List<EntityMention> found)
    {
        var added = false;
        for (var at = 0; at < body.Length; at++)
        {
            if (HanText.WordAt(body, at, Levels) is not { } word || (at > 0 && Scopes.Contains(body[at - 1])))
            {
                continue;
            }
            var end = at + word.Length;
            if (MentionSpans.AnyOverlapping(found, at, end) || TitleLexicon.TitleAt(body, end) > 0 || !(PairAfter(body, end, found) || PairBefore(body, at, found)))
            {
                continue;
            }
            found.Add(new EntityMention(MentionKind.Organisation, word, word, null, null, at, end, EntityRules.LevelBodyPair));
            added = true;
            at = end - 1;
        }
        if (added)
        {
            MentionSpans.SortByStart(found);
        }
    }

    /// <summary>Whether another level's word or a found body follows, joined by a list's mark or a conjunction, or a level's word right after.</summary>
    private static bool PairAfter(string body, int end, List<EntityMention> found)
    {
        if (HanText.WordAt(body, end, Levels) is not null)
        {
            return true;
        }
        if (end >= body.Length || !Joins.Contains(body[end]))
        {
            return false;
        }
        return HanText.WordAt(body, end + 1, Levels) is not null || StartsAt(found, end + 1);
    }

    /// <summary>Whether a bare level's word ends before <paramref name="start"/>, joined by a list's mark or a conjunction or right before.</summary>
    private static bool PairBefore(string body, int start, List<EntityMention> found)
    {
        if (IsBareLevelEndingAt(body, start, found))
        {
            return true;
        }
        return start >= 1 && Joins.Contains(body[start - 1]) && IsBareLevelEndingAt(body, start - 1, found);
    }

    /// <summary>
    /// Whether a level's word no found name covers ends at <paramref name="end"/>: after a place's own (府谷县委和|县政府,
    /// 某省委省政府) the second is that place's body spoken of again, left to the first.
    /// </summary>
    private static bool IsBareLevelEndingAt(string body, int end, List<EntityMention> found) =>
        HanText.WordEndingAt(body, end, Levels) is { } word && !IsInOtherName(found, end - word.Length, end);

    private static bool IsInOtherName(List<EntityMention> found, int start, int end)
    {
        foreach (var m in found)
        {
            if (m.CharStart < end && start < m.CharEnd && m.Rule != EntityRules.LevelBodyPair)
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsAt(List<EntityMention> found, int at)
    {
        foreach (var m in found)
        {
            if (m.Kind == MentionKind.Organisation && m.CharStart == at)
            {
                return true;
            }
        }
        return false;
    }
}
