using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Names listed before a count of bodies (包括甲、乙、丙等30家企业) or before a trade's giants (甲、乙等美国网络巨头): each is
/// a body's name, however it ends, brand names in Latin letters included, and one with a stop letter in it (华为) read
/// between the list's marks. Only a count of bodies (N家) or 巨头 makes them so; a list before 等企业 alone is as often
/// of trades (钢铁、水泥等企业).
/// </summary>
internal static class CountedBodyLists
{
    private const int MaxItem = 8;
    private const int MaxKindLead = 6;
    private static readonly WordIndex Kinds = HanText.Longest("企业", "公司", "厂商", "机构", "银行", "集团", "医院", "学校", "高校", "品牌");
    private static readonly WordIndex Members = HanText.Longest("代表", "员工", "职工", "人员", "工作人员", "家属", "工人");
    private static readonly CharSet CountLetters = new("0123456789０１２３４５６７８９一二三四五六七八九十百千万两几多余");

    public static void AddTo(string body, List<EntityMention> found)
    {
        for (var deng = body.IndexOf('等'); deng > 0; deng = body.IndexOf('等', deng + 1))
        {
            if (body[deng - 1] == '、' || !(CountOfBodiesAt(body, deng + 1) || GiantsAt(body, deng + 1)))
            {
                continue;
            }
            var items = Items(body, deng);
            if (items.Count < 2)
            {
                continue;
            }
            foreach (var (start, end) in items)
            {
                if (!MentionSpans.AnyOverlapping(found, start, end))
                {
                    found.Add(new EntityMention(MentionKind.Organisation, body[start..end], body[start..end], null, null, start, end, EntityRules.CountedBodyList));
                }
            }
            MentionSpans.SortByStart(found);
        }
    }

    private const string Giants = "巨头";

    /// <summary>
    /// Whether the leaders of a trade follow, uncounted (等|美国网络巨头, 等|科技巨头): only firms are called so, never
    /// trades, so no count is needed.
    /// </summary>
    private static bool GiantsAt(string body, int at)
    {
        for (var end = at + Giants.Length; end <= body.Length && end - at <= MaxKindLead + Giants.Length; end++)
        {
            if (!HanText.IsHan(body[end - 1]))
            {
                return false;
            }
            if (string.CompareOrdinal(body, end - Giants.Length, Giants, 0, Giants.Length) == 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a count of bodies follows (等|1000家中国企业, 等|多家公司).</summary>
    private static bool CountOfBodiesAt(string body, int at)
    {
        var jia = at;
        while (jia < body.Length && CountLetters.Contains(body[jia]))
        {
            jia++;
        }
        if (jia == at || jia >= body.Length || body[jia] != '家')
        {
            return false;
        }
        for (var end = jia + 3; end <= body.Length && end - jia - 1 <= MaxKindLead + 2; end++)
        {
            if (!HanText.IsHan(body[end - 1]))
            {
                return false;
            }
            // The bodies' people counted instead (等5家企业|负责人) make the list one of people.
            if (HanText.WordEndingAt(body, end, Kinds) is not null)
            {
                return TitleLexicon.TitleAt(body, end) == 0 && HanText.WordAt(body, end, Members) is null;
            }
        }
        return false;
    }

    /// <summary>The items joined by 、 that end at <paramref name="deng"/>, last first; empty when one is no name.</summary>
    private static List<(int Start, int End)> Items(string body, int deng)
    {
        var items = new List<(int Start, int End)>();
        var end = deng;
        while (true)
        {
            var start = ItemStart(body, end);
            if (start < 0)
            {
                return [];
            }
            items.Add((start, end));
            if (start == 0 || body[start - 1] != '、')
            {
                return items;
            }
            end = start - 1;
        }
    }

    /// <summary>Start of one item ending at <paramref name="end"/>: a run of Latin letters, or of Han letters read back as a name; -1 when none.</summary>
    private static int ItemStart(string body, int end)
    {
        var start = end;
        while (start > 0 && end - start < MaxItem && char.IsAsciiLetterOrDigit(body[start - 1]))
        {
            start--;
        }
        if (start == end)
        {
            start = NameRun.StartBefore(body, end, MaxItem);
        }
        if (end - start < 2)
        {
            start = WholeItemStart(body, end);
        }
        return end - start >= 2 && end - start <= MaxItem ? start : -1;
    }

    private static readonly WordIndex ListLeads = HanText.Longest("包括", "例如", "比如", "其中有", "如", "像");

    /// <summary>
    /// Start of an item that a stop letter cut short (华|为, 万|和): the list's marks bound it, so it runs back to the mark
    /// or the punctuation before it, a word that opens the list (包括, 比如) left out; -1 when no mark is near.
    /// </summary>
    private static int WholeItemStart(string body, int end)
    {
        var start = end;
        while (start > 0 && end - start <= MaxItem + 3 && HanText.IsHan(body[start - 1]))
        {
            start--;
        }
        if (start > 0 && HanText.IsHan(body[start - 1]))
        {
            return -1;
        }
        return start + (HanText.WordAt(body, start, ListLeads)?.Length ?? 0);
    }
}
