namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// A figure that reports a change (利润总额同比增长5.4%, 增速比10月份加快1.5个百分点, 这一比例比一年前增加了26%) measures
/// the change of the noun phrase before it. The words before the number split into that subject, a comparison base
/// that is dropped (比10月份, 较上月) and the change (同比增长, 加快), which the label keeps: 利润总额同比增长, 增速加快.
/// </summary>
internal static class ChangeLabel
{
    private static readonly string[] Verbs = Longest(
        "增长", "下降", "增加", "减少", "上升", "回升", "提高", "降低", "加快", "放缓", "回落", "收窄", "扩大", "缩小",
        "上涨", "下跌", "提升", "下滑", "大增", "增长了", "下降了", "增加了", "减少了", "提高了", "上升了",
        // 工期比原计划缩短了6个月: durations and lengths change by growing shorter or longer.
        "缩短", "延长", "缩短了", "延长了",
        // 收入比2010年翻一番: doubling is a change counted in 番.
        "翻", "翻了");

    /// <summary>Adverbs between the subject and the change: 利润同比分别增长, 增速明显加快.</summary>
    private static readonly string[] Adverbs = Longest("分别", "实际", "大幅", "明显", "稳步", "持续", "继续", "进一步", "均", "累计", "又", "再", "普遍", "也", "还");

    /// <summary>Bases of a change the label keeps: 同比, 环比, and 同口径 (on a like-for-like basis: 同口径增长5.8%).</summary>
    private static readonly string[] Bases = ["同比", "环比", "按同口径", "同口径"];

    /// <summary>Characters after 比 that make it part of a noun (比例, 比重, 比率, 比值) rather than "compared with".</summary>
    private const string NounAfterBi = "例重率值";

    /// <summary>The subject words and the change words of a clause that ends in a change, or null.</summary>
    public static (string Subject, string Change)? Split(string clause)
    {
        var verb = Verbs.FirstOrDefault(v => clause.EndsWith(v, StringComparison.Ordinal));
        if (verb is null)
        {
            return Compared(clause);
        }
        var change = verb.TrimEnd('了');
        var before = StripAdverbs(clause[..^verb.Length]);
        if (Bases.FirstOrDefault(b => before.EndsWith(b, StringComparison.Ordinal)) is { } yearOnYear)
        {
            change = yearOnYear + change;
            before = StripAdverbs(before[..^yearOnYear.Length]);
        }
        // 列车的清洗量也比平时增加了四成: adverbs may stand before the comparison too.
        return (StripAdverbs(before[..ComparisonStart(before)]), change);
    }

    /// <summary>Adjectives of degree that, after a comparison base, report a difference (比上年同期高, 较上月低, 比去年多).</summary>
    private const string Degrees = "高低快慢多少";

    private const int ComparedBaseMaxLength = 12;

    /// <summary>
    /// 比上年同期高21.2个百分点, 较全省平均水平低0.3个百分点, 比去年多3000人: an adjective of degree after a comparison base
    /// reports a change with no verb; the base stays in the change, which says nothing without it (高 alone).
    /// </summary>
    private static (string Subject, string Change)? Compared(string clause)
    {
        if (clause.Length < 4 || !Degrees.Contains(clause[^1], StringComparison.Ordinal))
        {
            return null;
        }
        var start = ComparisonStart(clause[..^1]);
        // 较高, 比较多: a base needs words of its own between 比 and the adjective.
        var baseLength = clause.Length - 1 - start;
        return baseLength is >= 3 and <= ComparedBaseMaxLength ? (StripAdverbs(clause[..start]), clause[start..]) : null;
    }

    /// <summary>Where a comparison base (比10月份, 较上月) starts, or the text's length when there is none.</summary>
    private static int ComparisonStart(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] == '较' || text[i] == '比' && (i + 1 >= text.Length || !NounAfterBi.Contains(text[i + 1], StringComparison.Ordinal)))
            {
                return i;
            }
        }
        return text.Length;
    }

    private static string StripAdverbs(string text)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var adverb in Adverbs)
            {
                if (text.EndsWith(adverb, StringComparison.Ordinal) && !(adverb == "均" && LabelText.IsDistributive(text)))
                {
                    text = text[..^adverb.Length];
                    changed = true;
                }
            }
        }
        return text;
    }

    private static string[] Longest(params string[] words) => [.. words.OrderByDescending(w => w.Length)];
}
