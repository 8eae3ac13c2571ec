using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Places: administrative divisions from <see cref="DivisionGazetteer"/>, and roads, streets, squares, parks,
/// compounds and villages by their ending (劳动路, 春秋广场, 幸福小区, 后寨村).
/// </summary>
internal static class PlaceFinder
{
    private static readonly WordIndex Endings = HanText.Longest("大道", "大街", "路", "街", "广场", "公园", "小区", "花园", "苑", "村", "游园", "步行街");

    private static readonly WordIndex NotPlaces = HanText.Longest(
        "电路", "回路", "短路", "道路", "马路", "思路", "出路", "走路", "线路", "铁路", "公路", "网路", "一路", "新路", "老路", "弯路", "后路", "门路",
        "套路", "上路", "带路", "领路", "让路", "修路", "路路", "上街", "逛街", "沿街", "临街", "农村", "乡村", "山村",
        "全村", "本村", "该村", "各村", "进村", "村村", "驻村", "邻村",
        // Kinds of village, not a village's name (生态古村, 省级贫困村).
        "古村", "贫困村", "示范村", "重点村", "行政村", "自然村", "小山村", "文明村", "先进村", "试点村");

    private static readonly WordIndex AreaWords = HanText.Longest("市区", "城区", "辖区", "全区", "全市", "区内", "市内", "城内");

    /// <remarks>
    /// One walk over the letters: divisions are read from each letter before the endings that end after it, so a place
    /// by its ending sees every division that starts before it, as it would after a walk of its own.
    /// </remarks>
    public static List<EntityMention> Find(string body)
    {
        var found = new List<EntityMention>();
        var divisions = DivisionGazetteer.Shared;
        var divisionFrom = 0;
        for (var end = 1; end <= body.Length; end++)
        {
            var i = end - 1;
            if (i >= divisionFrom && HanText.IsHan(body[i]) && divisions.MayStartAt(body, i))
            {
                divisionFrom = DivisionChainEnd(body, i, divisions);
                if (divisionFrom > i)
                {
                    // A chain of divisions (许昌市魏都区) is one place, named in full.
                    found.Add(Place(body, i, divisionFrom, EntityRules.PlaceDivision));
                }
            }
            if (Endings.Lasts.Contains(body[end - 1]))
            {
                AddByEnding(body, end, found);
            }
        }
        MentionSpans.SortByStart(found);
        return found;
    }

    private static int DivisionChainEnd(string body, int start, DivisionGazetteer divisions)
    {
        var end = start;
        for (var length = divisions.MatchAt(body, end); length > 0; length = divisions.MatchAt(body, end))
        {
            end += length;
        }
        return end;
    }

    private static void AddByEnding(string body, int end, List<EntityMention> found)
    {
        var ending = HanText.WordEndingAt(body, end, Endings);
        if (ending is null || HanText.IsHanAt(body, end) && HanText.WordAt(body, end, Endings) is not null
            || !HanText.IsHanAt(body, end - ending.Length - 1) || HanText.WordEndingAt(body, end, NotPlaces) is not null)
        {
            return;
        }
        var start = NameRun.StartBefore(body, end - ending.Length, 5);
        // A run that starts inside a division named before (河|南兰考张庄村) starts after it.
        start = AfterDivisionCovering(found, start);
        if (HanText.WordAt(body, start, AreaWords) is { } area)
        {
            start += area.Length;
        }
        if (end - start - ending.Length < 2 || NameRun.IsReferenceBack(body, start))
        {
            return;
        }
        MentionSpans.RemoveInside(found, start, end);
        if (!MentionSpans.AnyCovering(found, start, end))
        {
            found.Add(Place(body, start, end, EntityRules.PlaceSuffix));
        }
    }

    private static int AfterDivisionCovering(List<EntityMention> found, int start)
    {
        foreach (var m in found)
        {
            if (m.CharStart < start && start < m.CharEnd)
            {
                return m.CharEnd;
            }
        }
        return start;
    }

    private static EntityMention Place(string body, int start, int end, string rule)
    {
        var text = body[start..end];
        return new EntityMention(MentionKind.Place, text, text, null, null, start, end, rule);
    }
}
