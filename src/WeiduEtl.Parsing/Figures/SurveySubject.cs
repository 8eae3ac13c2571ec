namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// A share that opens its clause and is followed by who it is a share of (60%受访市民对…表示满意, 超过七成参与调查的企业家
/// 认为…, 近九成村民参加了医保) measures that noun phrase: the words after it up to the verb that starts the predicate.
/// </summary>
internal static class SurveySubject
{
    /// <summary>Verbs and prepositions that start what a surveyed group says or does.</summary>
    private static readonly string[] PredicateStarts =
    [
        "认为", "表示", "希望", "选择", "支持", "同意", "反对", "计划", "打算", "愿意", "感到", "赞成", "看好", "担心", "期待",
        "关注", "来自", "没有", "对", "持", "称", "将", "已", "曾",
    ];

    /// <summary>
    /// What a share of residents or villagers does (近九成村民参加了医保, 六成居民参与垃圾分类, 三成家庭拥有汽车); right after the
    /// share they start the group's own description instead (近九成参与调查的上市公司认为…).
    /// </summary>
    private static readonly string[] Deeds = ["参加", "参与", "享受", "拥有", "使用", "接受", "获得", "购买", "加入", "用上", "住上"];

    private const int MaxLength = 14;

    /// <summary>The noun phrase from <paramref name="start"/> to a predicate, or null when no predicate follows within the clause.</summary>
    public static string? Find(string body, int start)
    {
        for (var end = start; end < body.Length && end - start <= MaxLength && FigureReader.IsHan(body[end]); end++)
        {
            if (PredicateStarts.Any(p => body.AsSpan(end).StartsWith(p, StringComparison.Ordinal))
                || end - start >= 2 && Deeds.Any(p => body.AsSpan(end).StartsWith(p, StringComparison.Ordinal)))
            {
                return end - start >= 2 ? body[start..end] : null;
            }
        }
        return null;
    }

    /// <summary>Words that only say where a figure comes from (据调查, 根据报告, 数据显示), which name nothing it measures.</summary>
    public static bool IsSource(string words) =>
        words.StartsWith('据') || words.StartsWith("根据", StringComparison.Ordinal) || words.StartsWith("按照", StringComparison.Ordinal)
        || words.EndsWith("显示", StringComparison.Ordinal) || words.EndsWith("表明", StringComparison.Ordinal);
}
