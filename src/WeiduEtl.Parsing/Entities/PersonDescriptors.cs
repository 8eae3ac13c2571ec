namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Words that describe a person without being a job title (瓜农鲁小国, 居民张某, 志愿者李某): the name after one
/// is a person, and the descriptor is not published as a title.
/// </summary>
internal static class PersonDescriptors
{
    private static readonly WordIndex Words = HanText.Longest(
        "市民", "居民", "村民", "农民", "群众", "瓜农", "果农", "菜农", "种植户", "养殖户", "商户", "摊主", "店主", "业主", "老板",
        "志愿者", "党员", "老党员", "退役军人", "老兵", "老人", "大爷", "大妈", "阿姨", "大姐", "大哥", "师傅", "游客", "乘客",
        "学生", "家长", "患者", "职工", "员工", "工人", "队员", "村医", "快递员", "外卖员", "环卫工", "保洁员", "创业者", "企业家",
        "同学", "小朋友", "网友", "妻子", "丈夫", "儿子", "女儿", "母亲", "父亲", "联系人", "跑友", "球友", "队友", "工友", "岁的",
        "技术人员", "执法人员", "工作人员", "工作者", "扶贫干部", "社区干部", "村干部", "干部");

    /// <summary>Whether some descriptor ends with <paramref name="c"/>.</summary>
    public static bool CanEndWith(char c) => Words.Lasts.Contains(c);

    /// <summary>Length of the descriptor ending at <paramref name="end"/>, 0 when none.</summary>
    public static int EndingAt(string text, int end) => HanText.WordEndingAt(text, end, Words)?.Length ?? 0;
}
