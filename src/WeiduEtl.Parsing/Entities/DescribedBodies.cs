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

    /// <summary>Letters a place's name ends with before its government (魏都区|政府, 某镇|政府, 某国|政府).</summary>
    private static readonly CharSet LevelLetters = new("省市县区乡镇州村旗盟国");

    /// <summary>Words a government is named by besides its place (中央政府, 联邦政府, 过渡政府, 特区政府).</summary>
    private static readonly WordIndex GovernmentWords = HanText.Longest("中央", "联邦", "临时", "过渡", "自治", "联合", "特区");

    /// <summary>Two levels together (省市, 市县, 乡镇): the governments of every place of both levels, none named.</summary>
    private static readonly WordIndex TwoLevels = HanText.Longest("省市", "市县", "县市", "县区", "区县", "县乡", "乡镇", "省市县", "市县乡");

    /// <summary>Words of a region that say what kind of area, not which (地区, 山区, 牧区), before a people's government.</summary>
    private static readonly WordIndex Areas = HanText.Longest("地区", "山区", "牧区", "林区", "库区", "灾区", "辖区");

    /// <summary>
    /// Whether <c>text[start..end]</c>, ending in 政府, names no government: a bare 政府 that neither opens with a place or a
    /// country nor follows a level's letter or a word of the kind (党委政府, 民族团结政府 cut from its country, 相关业务政府); a
    /// people's government after a kind or an area's word that no place's name ends with (有关人民政府, 保护地区人民政府);
    /// two levels together (沿江省市政府, 市县人民政府); or a party committee and its government read as one (党委政府,
    /// 省委省政府). 魏都区政府, 中国政府, 联邦政府 and 某县人民政府 are named.
    /// </summary>
    public static bool IsGovernmentOfNoPlace(string text, int start, int end)
    {
        const string Government = "政府";
        if (end - start < Government.Length + 1 || string.CompareOrdinal(text, end - Government.Length, Government, 0, Government.Length) != 0)
        {
            return false;
        }
        var organStart = end - Government.Length;
        var peoples = organStart - 2 > start && text[organStart - 2] == '人' && text[organStart - 1] == '民';
        organStart -= peoples ? 2 : 0;
        if (DivisionGazetteer.Shared.EndsAt(text, start, organStart))
        {
            return false;
        }
        if (HanText.WordEndingAt(text, organStart, TwoLevels) is not null || text[organStart - 1] == '委' || IsCommitteeOfTheLevel(text, start, organStart))
        {
            return true;
        }
        if (peoples)
        {
            return OrganisationSuffixes.KindEndingAt(text, organStart) is not null || HanText.WordEndingAt(text, organStart, Areas) is not null;
        }
        return Countries.At(text, start) is null && DivisionGazetteer.Shared.MatchAt(text, start) == 0
            && !LevelLetters.Contains(text[organStart - 1]) && HanText.WordEndingAt(text, organStart, GovernmentWords) is null;
    }

    /// <summary>A level's party committee right before the level's government (省委|省政府, 市委|市政府): two bodies.</summary>
    private static bool IsCommitteeOfTheLevel(string text, int start, int organStart) =>
        organStart - 3 >= start && text[organStart - 2] == '委' && text[organStart - 3] == text[organStart - 1] && LevelLetters.Contains(text[organStart - 1]);

    /// <summary>Bare institutions that a country's name and words of a kind before them only describe (中国公司, 美国城市社区).</summary>
    private static readonly WordIndex CountrysKinds = HanText.Longest("公司", "社区", "学校", "企业");

    /// <summary>
    /// Whether <c>text[start..end]</c> ends in a country's name, words of a kind or none, and a bare institution (中国公司,
    /// 不少中国公司, 美国城市社区, 日本科技公司): the firms or communities of a country, no body; a name between them
    /// (中国建设银行, 日本东丽公司) names one.
    /// </summary>
    public static bool IsCountrysKind(string text, int start, int end)
    {
        if (HanText.WordEndingAt(text, end, CountrysKinds) is not { } kind)
        {
            return false;
        }
        for (var at = start; at < end - kind.Length; at++)
        {
            if (Countries.At(text, at) is { } country && at + country.Length <= end - kind.Length && OrganisationSuffixes.IsOnlyKind(text, at + country.Length, end - kind.Length))
            {
                return true;
            }
        }
        return false;
    }
}
