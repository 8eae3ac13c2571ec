using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A body's own office, section or division printed right after it and before a post and a name (某省政协某委员会办公室主任,
/// 某市纪委监委第三审查调查室主任, 某站管委会综合科科长, 某国议会某院国际关系处处长): Chinese names the parent first and the
/// part after it, and the post belongs to the whole chain. The run after the parent is short, holds only letters and
/// numbers, ends in an institution ending and opens with no division or level (省, 市, 县…), which would make it a
/// second body beside the first (省委省政府领导), not a part of it.
/// </summary>
internal static class SubUnitsBeforePosts
{
    private const int MinUnit = 2;
    private const int MaxUnit = 9;
    /// <summary>室 ends a section's name only here, before its post (某审查调查室主任); elsewhere it is a room (会议室).</summary>
    private const char Room = '室';
    private const char Group = '组';
    private static readonly CharSet Levels = new("省市县区州盟旗镇乡村");
    /// <summary>Letters that join two bodies or open a clause (市委与|市政府办公室): no part of one body.</summary>
    private static readonly CharSet Joins = new("与和及的在是为、");

    /// <summary>
    /// The body a sub-unit ending at <paramref name="titleStart"/> belongs to, when one was found right before it;
    /// <paramref name="unitStart"/> is where the sub-unit was read as a body of its own, or -1 when it was not.
    /// </summary>
    public static EntityMention? ParentBefore(string body, int unitStart, int titleStart, IReadOnlyList<EntityMention> organisations)
    {
        if ((OrganisationSuffixes.SuffixEndingAt(body, titleStart) is null && (titleStart == 0 || (body[titleStart - 1] != Room && !IsGroupBeforeItsHead(body, titleStart))))
            || OrganisationSuffixes.IsEverydayWordEndingAt(body, titleStart))
        {
            return null;
        }
        EntityMention? parent = null;
        foreach (var o in organisations)
        {
            var unit = titleStart - o.CharEnd;
            if (unit is >= MinUnit and <= MaxUnit && (unitStart < 0 || o.CharEnd == unitStart) && (parent is null || o.CharEnd > parent.CharEnd))
            {
                parent = o;
            }
        }
        return parent is not null && IsUnitRun(body, parent.CharEnd, titleStart) ? parent : null;
    }

    /// <summary>The heads of a group (组长, 副组长), whose post says the 组 before it ends the group's name.</summary>
    private static readonly WordIndex GroupHeads = HanText.Longest("组长", "副组长");

    /// <summary>
    /// Whether 组 ends a group's name right before its head (某指挥部人才组|组长, 某局综合组|副组长): 组 is a group of a body only
    /// there; elsewhere it is a set or a verb (一组数据, 组团).
    /// </summary>
    private static bool IsGroupBeforeItsHead(string body, int titleStart) =>
        body[titleStart - 1] == Group && HanText.WordAt(body, titleStart, GroupHeads) is not null;

    private static bool IsUnitRun(string body, int start, int end)
    {
        if (Levels.Contains(body[start]) || DivisionGazetteer.Shared.MatchAt(body, start) > 0 || Countries.At(body, start) is not null)
        {
            return false;
        }
        for (var at = start; at < end; at++)
        {
            if ((!HanText.IsHan(body[at]) && !char.IsAsciiDigit(body[at])) || Joins.Contains(body[at]))
            {
                return false;
            }
        }
        return true;
    }
}
