using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A name after the body a person comes from and 的 (来自黑龙江省雪上训练中心的董明魏以总分…, 长春市冬季运动管理中心的
/// 王皓冉分获第二名): results, awards and delegations name people by their club, school or unit. The body is
/// where the person is from, not the body of a title, so the mention has neither.
/// </summary>
internal static class AffiliatedNames
{
    /// <summary>Letters that open what a named person did after such an introduction (…的李楠|以总分, …的王皓冉|获得).</summary>
    private static readonly CharSet ResultLeads = new("以获夺摘荣");

    /// <summary>Adds the people named right after <paramref name="organisations"/> and 的; skips spans already read.</summary>
    public static void Add(string body, IReadOnlyList<EntityMention> organisations, List<EntityMention> found)
    {
        foreach (var o in organisations)
        {
            var at = o.CharEnd + 1;
            if (at >= body.Length || body[o.CharEnd] != '的' || !Surnames.FirstLetters.Contains(body[at]))
            {
                continue;
            }
            var length = PersonNameReader.NameLengthAt(body, at);
            if (length == 3 && ResultLeads.Contains(body[at + 2]))
            {
                // …的李楠以总分: 以 opens the result, not a third letter of the name.
                length = 2;
            }
            var end = at + length;
            if (length < 2 || !EndsName(body, end) || MentionSpans.AnyOverlapping(found, at, end))
            {
                continue;
            }
            found.Add(new EntityMention(MentionKind.Person, body[o.CharStart..end], body[at..end], null, null, o.CharStart, end, EntityRules.AffiliatedName));
        }
    }

    /// <summary>Whether the name ending at <paramref name="end"/> is followed by punctuation, a list mark or a predicate.</summary>
    /// <remarks>A title after it makes the letters part of a post (…公司的高铁|司机陈承仪), not a name.</remarks>
    private static bool EndsName(string body, int end) =>
        !HanText.IsHanAt(body, end) || body[end] is '和' || ResultLeads.Contains(body[end])
        || (PersonNameReader.StartsPredicate(body, end) && TitleLexicon.TitleAt(body, end) == 0);
}
