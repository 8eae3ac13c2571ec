using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// Counts that say how a text is built, not how much there is of something:
/// <list type="bullet">
/// <item>a small count of abstract nouns of a category (三个方面, 两种模式, 两件事, 四项原则, 三个不同的发展阶段), or of kinds
/// of anything (五类人员): the parts a speaker divides a subject into, which a table has nothing to measure by;</item>
/// <item>a count a demonstrative points back with (这两部影片, 那三个村, 上述三家企业, 解决了以上两个问题): it names things
/// already said, not a new quantity.</item>
/// </list>
/// A count of things (两座桥, 3个村) and a large count of rules or measures (出台措施20条) stay figures.
/// </summary>
internal static class AbstractCounts
{
    /// <summary>Nouns of parts, kinds and ways a text divides its subject into.</summary>
    private static readonly string[] CategoryNouns =
    [
        "方面", "模式", "原则", "要求", "机制", "环节", "层面", "维度", "理念", "思路", "途径", "路径", "方式", "方法",
        "特点", "特征", "优势", "短板", "任务", "目标", "原因", "关系", "阶段", "步骤", "类型", "方向", "意义", "作用",
        "事情", "事", "因素", "部分", "篇章", "选择",
        // Formulas of politics count abstract nouns the same way (四个意识, 四个自信, 两个大局, 两件大事, 两个责任, 四个清单).
        "意识", "自信", "大局", "大事", "责任", "清单", "形态",
    ];

    /// <summary>Measure words a category noun is counted with (两个方面, 两种模式, 两件事, 四项原则, 三条路径).</summary>
    private static readonly string[] CategoryClassifiers = ["个", "种", "类", "项", "条", "件"];

    /// <summary>Characters that continue a category noun into another noun (优势产业, 事业单位, 机制砂, 目标任务, 意识形态, 责任人): no category then.</summary>
    private const string CompoundTails = "业务产企学资行故件项迹实砂户园区任形心人单";

    private const string Demonstratives = "这那";

    /// <summary>Words that point back at what was said before (上述, 前述); 以上 does so only after a verb or a break, since after an amount it is "or more" (60岁以上).</summary>
    private static readonly string[] PointingWords = ["上述", "前述", "上面"];

    private const string Above = "以上";

    private const string AboveLeads = "了对把将从在经按据，,。；：、\n";

    /// <summary>How far after the measure word the category noun may stand: a modifier of two characters or one ending in 的.</summary>
    private const int ModifierMaxLength = 6;

    private const int MaxCount = 10;

    private const string Kinds = "类";

    public static bool IsStructure(string body, FigureCandidate figure) =>
        figure.Start == figure.NumberStart && (IsPointedBack(body, figure) || CountsCategory(body, figure));

    private static bool IsPointedBack(string body, FigureCandidate figure) =>
        figure.Kind is UnitKind.Classifier or UnitKind.Count or UnitKind.Time && figure.Start > 0
        && (Demonstratives.Contains(body[figure.Start - 1], StringComparison.Ordinal) || body.EndsWithAnyAt(figure.Start, PointingWords)
            || body.AsSpan(0, figure.Start).EndsWith(Above, StringComparison.Ordinal)
                && (figure.Start == Above.Length || AboveLeads.Contains(body[figure.Start - Above.Length - 1], StringComparison.Ordinal)));

    private static bool CountsCategory(string body, FigureCandidate figure)
    {
        if (figure.Value > MaxCount || figure.Qualifier != FigureQualifier.Exact || !CategoryClassifiers.Contains(figure.Unit))
        {
            return false;
        }
        // 五类人员, 两类企业: 类 counts kinds of whatever noun follows, so a small count of it in Chinese numerals is a
        // division of the subject, never how many there are.
        if (figure.Unit == Kinds && figure.Chinese)
        {
            return true;
        }
        var end = figure.End;
        while (end < body.Length && end - figure.End < ModifierMaxLength + 2 && FigureReader.IsHan(body[end]))
        {
            end++;
        }
        var after = body[figure.End..end];
        // The noun straight after the measure word, after a two-character modifier (发展模式), or after a modifier's 的.
        var ofAt = after.IndexOf('的', StringComparison.Ordinal);
        return CategoryNouns.Any(n => EndsPhraseAt(after, 0, n) || EndsPhraseAt(after, 2, n) || ofAt >= 0 && EndsPhraseAt(after, ofAt + 1, n));
    }

    private static bool EndsPhraseAt(string after, int at, string noun)
    {
        var end = at + noun.Length;
        return end <= after.Length && after.AsSpan(at).StartsWith(noun, StringComparison.Ordinal)
            && (end == after.Length || !CompoundTails.Contains(after[end], StringComparison.Ordinal));
    }
}
