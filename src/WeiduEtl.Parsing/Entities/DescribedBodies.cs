namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Runs that end in an institution ending but describe a body instead of naming one: a verb with a kind of institution
/// as its object (注册公司, 上中学, 进三甲医院, 在县城新建敬老院), a people's organ of a level of government alone
/// (县级人民政府, 上级人民法院, 人民检察院) and the party organ of a kind of unit (公司党委, 单位党组): the words say what
/// kind of body and what is done with it, never which.
/// </summary>
internal static class DescribedBodies
{
    /// <summary>
    /// Verbs whose object is a kind of institution: of going into, attending and leaving one (上, 进, 住, 读, 考入), and of
    /// setting one up (注册, 开设, 新建). 建设 is left out: it opens a bank's name (建设银行).
    /// </summary>
    private static readonly WordIndex Verbs = HanText.Longest(
        "上", "进", "住", "读", "考", "回", "找", "开", "办", "建", "注册", "成立", "开设", "设立", "创建", "组建", "兴建", "新建", "新增",
        "开办", "就读", "考上", "考进", "考入", "住进", "入读", "离开", "报考", "筹建", "转到", "送到");

    /// <summary>The people's organs of the state (人民政府, 人民法院, 人民检察院), each ending in an institution ending.</summary>
    private static readonly string[] PeoplesOrgans = ["人民政府", "人民法院", "人民检察院"];

    /// <summary>
    /// Whether <c>text[start..nameEnd]</c>, the letters before an ending, holds a verb followed by words of a kind only: at
    /// the run's opening, a place's name before it or not (上|中学, 在县城|注册|科技|公司), or further in for a verb of two
    /// letters (毕业后|就读|中学): the verb's object is any body of the kind. A one-letter verb further in is left alone:
    /// there the letter is as often the end of a name's word (城建|公司, 民办|教育|所).
    /// </summary>
    public static bool IsActionOnAKind(string text, int start, int nameEnd)
    {
        var opening = start + DivisionGazetteer.Shared.MatchAt(text, start);
        for (var at = opening; at < nameEnd; at++)
        {
            if (HanText.WordAt(text, at, Verbs) is { } verb && at + verb.Length <= nameEnd && (at == opening || verb.Length > 1))
            {
                // 新 'a new one' after the verb is still any body of the kind (建|新|厂, 进|新|学校).
                var kindStart = at + verb.Length < nameEnd && text[at + verb.Length] == '新' ? at + verb.Length + 1 : at + verb.Length;
                if (OrganisationSuffixes.IsOnlyKind(text, kindStart, nameEnd))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Party and discipline organs that every unit has (党委, 党支部, 纪委监委).</summary>
    private static readonly WordIndex UnitOrgans = HanText.Longest("党委", "党组", "党总支", "党支部", "党工委", "纪委", "监委", "纪委监委");

    /// <summary>
    /// Kinds of unit that have such organs (公司, 单位, 主管部门, 村), none of them named. 社区 and 街道 are left out: their
    /// committee is the one of the community the report is about, and speaks for it (社区党委表示).
    /// </summary>
    private static readonly WordIndex Units = HanText.Longest(
        "公司", "分公司", "集团", "企业", "单位", "部门", "主管部门", "机关", "小区", "学校", "医院", "村");

    /// <summary>
    /// Whether <c>text[start..end]</c> is a unit's organ after words of a kind of unit only (公司党委, 单位党组, 主管部门党组,
    /// 地方纪委监委): the organ of whichever unit the text speaks of, no name; a named unit before it (某村党支部) is one.
    /// </summary>
    public static bool IsOrganOfAKindOfUnit(string text, int start, int end)
    {
        if (HanText.WordEndingAt(text, end, UnitOrgans) is not { } organ)
        {
            return false;
        }
        var unitEnd = end - organ.Length;
        var unit = HanText.WordEndingAt(text, unitEnd, Units);
        var kindEnd = unit is not null && unitEnd - unit.Length >= start ? unitEnd - unit.Length : unitEnd;
        return OrganisationSuffixes.IsOnlyKind(text, start, kindEnd);
    }

    /// <summary>
    /// Whether <c>text[start..end]</c> is a people's organ after words of a level or a kind only (地方人民政府, 直辖市人民政府,
    /// 人民法院): a law or a report speaks of every such organ; a place's name before it names one (某县人民法院).
    /// </summary>
    public static bool IsPeoplesOrganOfALevel(string text, int start, int end)
    {
        foreach (var organ in PeoplesOrgans)
        {
            if (end - start >= organ.Length && string.CompareOrdinal(text, end - organ.Length, organ, 0, organ.Length) == 0)
            {
                return OrganisationSuffixes.IsOnlyKind(text, start, end - organ.Length);
            }
        }
        return false;
    }
}
