using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A body's departments listed before the post they share (某局局长某某及立案庭、组织人事科、综合办负责人, 办公室、财务科主任):
/// each item ends in a department's letter and the list's marks bound it, so each is a department's name though a bare
/// one (综合办) would read as a kind elsewhere. Two items at least: one item alone before a post is read by the other rules.
/// </summary>
internal static class DepartmentListsBeforePosts
{
    private const int MinItem = 2;
    private const int MaxItem = 8;
    private const int MinItems = 2;
    /// <summary>Last letters of a department's name (科, 庭, 办, 处, 室, 股).</summary>
    private static readonly CharSet DepartmentLasts = new("科庭办处室股");
    /// <summary>Letters that join the list's items or open it (、, 及, 和, 与).</summary>
    private static readonly CharSet Joins = new("及和与、");

    public static void AddTo(string body, List<EntityMention> found)
    {
        var added = false;
        for (var at = MinItem; at < body.Length; at++)
        {
            if (!DepartmentLasts.Contains(body[at - 1]) || TitleLexicon.TitleAt(body, at) == 0 || body[at - 2] == '、')
            {
                continue;
            }
            var items = Items(body, at);
            if (items.Count < MinItems)
            {
                continue;
            }
            foreach (var (start, end) in items)
            {
                if (!MentionSpans.AnyOverlapping(found, start, end))
                {
                    found.Add(new EntityMention(MentionKind.Organisation, body[start..end], body[start..end], null, null, start, end, EntityRules.DepartmentList));
                    added = true;
                }
            }
        }
        if (added)
        {
            MentionSpans.SortByStart(found);
        }
    }

    /// <summary>The list's items that end at <paramref name="end"/> and before it, each bounded by a join or a break.</summary>
    private static List<(int Start, int End)> Items(string body, int end)
    {
        var items = new List<(int Start, int End)>();
        var itemEnd = end;
        while (true)
        {
            var start = itemEnd;
            while (start > 0 && itemEnd - start <= MaxItem && HanText.IsHan(body[start - 1]) && !Joins.Contains(body[start - 1]))
            {
                start--;
            }
            var length = itemEnd - start;
            var bounded = start == 0 || !HanText.IsHan(body[start - 1]) || Joins.Contains(body[start - 1]);
            if (!bounded || length is < MinItem or > MaxItem || !DepartmentLasts.Contains(body[itemEnd - 1]))
            {
                return items;
            }
            items.Add((start, itemEnd));
            if (start == 0 || body[start - 1] != '、')
            {
                return items;
            }
            itemEnd = start - 1;
        }
    }
}
