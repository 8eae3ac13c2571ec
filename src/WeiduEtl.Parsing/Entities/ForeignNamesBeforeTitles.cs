using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A foreign name printed before the post it is known by (普京总统, 卡洛斯国王, 史密斯先生), as a state visit or a
/// protocol line puts it: a run of transliteration letters, not a country, then a head of state's or government's
/// post or a form of address. Posts a place also holds before them (巴黎市长, 加州州长) are not read: there the run is
/// the place. A part of a dotted name printed in full before (海某·本·某某 … 海某苏丹) is that person: the mention takes the
/// whole name, as later mentions of a known name do.
/// </summary>
internal static class ForeignNamesBeforeTitles
{
    private static readonly WordIndex Posts = HanText.Longest("总统", "总理", "首相", "国王", "女王", "苏丹", "议长", "秘书长", "先生", "女士", "夫人");

    /// <summary>Letters a name may follow in a clause (习近平主席和|普京总统, 会见|卡洛斯国王, 会见了|某某苏丹); any other Han letter is a word's.</summary>
    private static readonly CharSet Leads = new("和与同及对向在是为由被见请了");

    private const int MinName = 2;
    private const int MaxName = 6;

    public static void Add(string body, IReadOnlyList<EntityMention> places, List<EntityMention> found)
    {
        for (var i = 0; i < body.Length; i++)
        {
            if (!ForeignNames.IsTransliterationLetter(body[i]) || (i > 0 && HanText.IsHan(body[i - 1]) && !Leads.Contains(body[i - 1])) || (i > 0 && ForeignNames.IsTransliterationLetter(body[i - 1])))
            {
                continue;
            }
            var run = 0;
            while (i + run < body.Length && run < MaxName && ForeignNames.IsTransliterationLetter(body[i + run]))
            {
                run++;
            }
            // The post may itself open with a transliteration letter (卡布斯|苏丹): the name is the longest run before a post.
            for (var length = run; length >= MinName; length--)
            {
                if (HanText.WordAt(body, i + length, Posts) is not { } post)
                {
                    continue;
                }
                var end = i + length + post.Length;
                if (Countries.At(body, i) is null && !IsPlace(places, i, i + length) && !MentionSpans.AnyOverlapping(found, i, end))
                {
                    var name = body.Substring(i, length);
                    found.Add(new EntityMention(MentionKind.Person, body[i..end], WholeName(name, found), post, null, i, end, EntityRules.NameTitle));
                }
                break;
            }
            i += Math.Max(run, 1) - 1;
        }
    }

    private static string WholeName(string name, List<EntityMention> found)
    {
        foreach (var m in found)
        {
            if (m.Name.AsSpan().IndexOfAny(DottedNames.DotChars) >= 0 && DottedNames.Parts(m.Name).Contains(name, StringComparer.Ordinal))
            {
                return m.Name;
            }
        }
        return name;
    }

    private static bool IsPlace(IReadOnlyList<EntityMention> places, int start, int end)
    {
        foreach (var p in places)
        {
            if (p.CharStart < end && start < p.CharEnd)
            {
                return true;
            }
        }
        return false;
    }
}
