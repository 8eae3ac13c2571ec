namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// 几 'a few' counting people right after a list of full names (给某某某、某某某|几位高龄老人|体检, 某某某、某某某|几人|合作):
/// only people are counted by 人, 位 and 名 with a noun of people, so two full names before it are a list of names. A number
/// there (某某、某某|两名…) is not read: what it counts is as often a post the names hold as the names themselves.
/// </summary>
internal static class PeopleCounts
{
    private const char Few = '几';
    private const char People = '人';
    private const int MaxNoun = 8;
    private static readonly CharSet Measures = new("位名");
    /// <summary>Letters that make 人 the start of another word (几人|员, 几人|家): no count of people then.</summary>
    private static readonly CharSet NotAfterPeople = new("员家民士口数次");

    /// <summary>
    /// Whether 几 counts people at <paramref name="at"/>: 几人, or 几位 or 几名 and, before the clause ends, a noun of
    /// people (几位高龄老人) or nothing more (几位，).
    /// </summary>
    public static bool FewAt(string body, int at)
    {
        if (at + 1 >= body.Length || body[at] != Few)
        {
            return false;
        }
        var unit = body[at + 1];
        if (unit == People)
        {
            return !(HanText.IsHanAt(body, at + 2) && NotAfterPeople.Contains(body[at + 2]));
        }
        return Measures.Contains(unit) && (!HanText.IsHanAt(body, at + 2) || NounOfPeopleWithin(body, at + 2));
    }

    /// <summary>
    /// The post the count names after its measure (某某某、某某某|几名民警|赶到): each counted person holds it, as after 等
    /// (<see cref="PersonFinder"/>); null when the noun is no post or goes on into a longer word (几名民警家属).
    /// </summary>
    public static string? PostAt(string body, int at)
    {
        if (!FewAt(body, at) || !Measures.Contains(body[at + 1]))
        {
            return null;
        }
        var from = at + 2;
        var length = from < body.Length ? Math.Max(TitleLexicon.TitleAt(body, from), TitleLexicon.OccupationAt(body, from)) : 0;
        return length > 0 && (!HanText.IsHanAt(body, from + length) || PersonNameReader.StartsPredicate(body, from + length)) ? body.Substring(from, length) : null;
    }

    /// <summary>Whether a noun of people ends within a few letters of <paramref name="from"/> (|高龄老人, |知名人士, |队员).</summary>
    private static bool NounOfPeopleWithin(string body, int from)
    {
        for (var end = from + 1; end <= Math.Min(body.Length, from + MaxNoun) && HanText.IsHan(body[end - 1]); end++)
        {
            if (PersonDescriptors.EndingAt(body, end) > 0 || TitleLexicon.TitleEndsAt(body, end)
                || (body[end - 1] == People && !(HanText.IsHanAt(body, end) && NotAfterPeople.Contains(body[end]))))
            {
                return true;
            }
        }
        return false;
    }
}
