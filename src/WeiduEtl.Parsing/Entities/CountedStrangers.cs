namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A person the text brings in by a count instead of a name (一位女士, 一名外国观众, 一个老村民): no one is named, so the
/// description as printed is who speaks, and the one a later 他/她 means.
/// </summary>
internal static class CountedStrangers
{
    private static readonly WordIndex Counts = HanText.Longest("一位", "一名", "一个", "有位", "有名");

    /// <summary>Nouns of a person that a counted description ends in, besides the descriptors of people (党员, 村民).</summary>
    private static readonly WordIndex PersonNouns = HanText.Longest(
        "女士", "先生", "男子", "女子", "男孩", "女孩", "姑娘", "小伙", "小伙子", "老人", "老者", "老汉", "大爷", "大妈", "阿姨",
        "观众", "顾客", "读者", "听众", "参观者", "参与者", "参展商", "访客", "网友", "游客", "乘客", "旅客", "市民", "居民", "村民",
        "农民", "工人", "职工", "员工", "学生", "家长", "患者", "司机", "志愿者", "店主", "摊主", "商户", "业主", "老板", "专家",
        "官员", "代表", "负责人", "工作人员", "母亲", "父亲", "乡亲", "老乡", "同学", "骑手",
        // Those at a meeting or asked for their view, named by that alone (与会者, 受访者, 业内人士).
        "与会者", "参会者", "与会代表", "与会人员", "受访者", "业内人士", "知情人士", "网民", "球迷", "嘉宾");

    private const int MaxDescription = 8;
    private static readonly CharSet Selectors = new("每这那哪第其唯同");

    /// <summary>Letters that end a description: a verb or a particle follows the person, never a part of them.</summary>
    private static readonly CharSet NotInDescription = new(SpeakerReader.NotInRoleLetters + "说");

    internal static bool IsPersonNounEndingAt(string text, int end) => HanText.WordEndingAt(text, end, PersonNouns) is not null || PersonDescriptors.EndingAt(text, end) > 0;

    /// <summary>Length of the counted person starting at <paramref name="index"/> (一名|外国|观众), 0 when none does.</summary>
    public static int LengthAt(string text, int index)
    {
        // 每一名, 这一位, 第一个 count every one or pick one out of many, never bring a stranger in.
        if (index + 3 >= text.Length || text[index] is not ('一' or '有') || HanText.WordAt(text, index, Counts) is not { } count
            || (index > 0 && Selectors.Contains(text[index - 1])))
        {
            return 0;
        }
        var limit = Math.Min(text.Length, index + count.Length + MaxDescription);
        for (var end = index + count.Length + 1; end <= limit; end++)
        {
            var last = text[end - 1];
            if (!HanText.IsHan(last) || NotInDescription.Contains(last))
            {
                return 0;
            }
            if (IsPersonNounEndingAt(text, end))
            {
                // A noun one letter longer ends right after (一位环卫工|人, 一名快递员|工): the person is the longer.
                return end < limit && IsPersonNounEndingAt(text, end + 1) ? end + 1 - index : end - index;
            }
        }
        return 0;
    }
}
