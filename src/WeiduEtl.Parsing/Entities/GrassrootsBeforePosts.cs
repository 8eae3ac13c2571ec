using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A village, community, street or town named right before a post (某某村党支部书记, 某某镇党委书记, 某某村|村支书 whose
/// post opens with the village's last letter): the post is the unit's, as 该社区 before a post refers back to one. The
/// place reader reads such units as places, so no organisation stands before the post; the divisions printed before the
/// unit (某省某县某镇某村) are part of it as printed.
/// </summary>
internal static class GrassrootsBeforePosts
{
    private static readonly WordIndex Units = HanText.Longest("村", "社区", "街道", "镇", "乡", "嘎查");
    /// <summary>Particles and prepositions before the unit's letter (跟着|村支书, 到了|村里): a verb's end, no unit's name.</summary>
    private static readonly CharSet Particles = new("着了过的地得在是和与到从向给对把被让为");

    /// <summary>Where the unit before the post at <paramref name="titleStart"/> starts and ends, or null.</summary>
    public static (int Start, int End)? Before(string body, int titleStart, IReadOnlyList<EntityMention> organisations, IReadOnlyList<EntityMention> places)
    {
        foreach (var p in places)
        {
            var sharesLetter = p.CharEnd == titleStart + 1 && p.CharEnd - p.CharStart > 1;
            if ((p.CharEnd == titleStart || sharesLetter) && HanText.WordEndingAt(body, p.CharEnd, Units) is { } unit
                && p.CharEnd - unit.Length > p.CharStart && !Particles.Contains(body[p.CharEnd - unit.Length - 1]))
            {
                return (StartOfChain(p.CharStart, organisations, places), p.CharEnd);
            }
        }
        return null;
    }

    /// <summary>The start of the places and bodies printed one after another up to <paramref name="start"/> (某县|某镇|某村).</summary>
    private static int StartOfChain(int start, IReadOnlyList<EntityMention> organisations, IReadOnlyList<EntityMention> places)
    {
        for (var moved = true; moved;)
        {
            moved = false;
            foreach (var list in (ReadOnlySpan<IReadOnlyList<EntityMention>>)[places, organisations])
            {
                foreach (var m in list)
                {
                    if (m.CharEnd == start && m.CharStart < start)
                    {
                        (start, moved) = (m.CharStart, true);
                    }
                }
            }
        }
        return start;
    }
}
