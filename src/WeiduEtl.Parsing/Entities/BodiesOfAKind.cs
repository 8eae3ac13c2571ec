using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A body the text says the kind of (某某是一家扫地机器人公司。): the name before 是一家 is an organisation's, however it
/// ends, brand names with no institution ending included.
/// </summary>
internal static class BodiesOfAKind
{
    private const string Marker = "是一家";
    private const int MaxName = 12;
    private const int MaxKind = 16;

    private static readonly WordIndex Kinds = HanText.Longest(
        "公司", "企业", "机构", "银行", "医院", "集团", "厂商", "工厂", "事务所", "研究所", "学校", "基金会", "协会", "媒体", "平台", "商店", "超市", "餐厅");

    /// <summary>Letters before the name: where the sentence, the clause or a description (来自某地的) ends.</summary>
    private static readonly CharSet NameBreaks = new("，。！？；：、\n“”（）,;:!?()的");

    /// <summary>Words that refer back or point instead of naming (该公司, 这, 它).</summary>
    private static readonly CharSet Pointers = new("这那该其它此本他她我");

    public static void AddTo(string body, List<EntityMention> found)
    {
        for (var at = body.IndexOf(Marker, StringComparison.Ordinal); at > 0; at = body.IndexOf(Marker, at + Marker.Length, StringComparison.Ordinal))
        {
            if (!KindEndsClause(body, at + Marker.Length))
            {
                continue;
            }
            var start = at;
            while (start > 0 && at - start < MaxName && !NameBreaks.Contains(body[start - 1]))
            {
                start--;
            }
            if (at - start < 2 || (start > 0 && !NameBreaks.Contains(body[start - 1])) || Pointers.Contains(body[start]) || MentionSpans.AnyOverlapping(found, start, at))
            {
                continue;
            }
            var name = body[start..at].TrimStart();
            found.Add(new EntityMention(MentionKind.Organisation, name, name, null, null, at - name.Length, at, EntityRules.BodyOfAKind));
            MentionSpans.SortByStart(found);
        }
    }

    /// <summary>Whether a kind of body ends the clause soon after 是一家 (…扫地机器人公司，), not one the clause goes on to own (…公司的老板).</summary>
    private static bool KindEndsClause(string body, int from)
    {
        for (var end = from + 2; end <= body.Length && end - from <= MaxKind; end++)
        {
            if (!HanText.IsHan(body[end - 1]) && !char.IsAsciiLetterOrDigit(body[end - 1]))
            {
                return false;
            }
            if (HanText.WordEndingAt(body, end, Kinds) is not null && (end == body.Length || !HanText.IsHan(body[end]) && !char.IsAsciiLetterOrDigit(body[end])))
            {
                return true;
            }
        }
        return false;
    }
}
