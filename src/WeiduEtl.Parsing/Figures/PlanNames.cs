using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 三年行动计划, 三年攻坚行动, 五年规划纲要: a span right before the noun of a plan or a campaign is part of its name;
/// 3年计划投资5亿元 (计划 a verb, "plans to") and 经过三年攻坚 (the work itself) still measure the span. Numbered by an
/// ordinal (第一个五年计划期间, 第十个五年规划时期), the span names a plan whatever follows the verb.
/// </summary>
internal static class PlanNames
{
    /// <summary>Nouns of plans and campaigns that are never verbs.</summary>
    private static readonly string[] PlanNouns = ["行动计划", "行动方案", "行动", "攻坚战", "攻坚行动", "规划纲要", "发展规划", "纲要"];

    /// <summary>Nouns that are verbs too; they name a plan only when their noun phrase ends with them (五年规划。, 五年计划的).</summary>
    private static readonly string[] PlanVerbs = ["计划", "规划", "方案"];

    private const string NounPhraseEnds = "的和与、，,。；：！？”》）";

    public static bool IsInsideName(string body, FigureCandidate figure)
    {
        if (figure.Kind != UnitKind.Time || figure.Start != figure.NumberStart || figure.Qualifier != FigureQualifier.Exact)
        {
            return false;
        }
        if (body.WordAt(figure.End, PlanNouns) is not null)
        {
            return true;
        }
        var verb = body.WordAt(figure.End, PlanVerbs);
        var end = figure.End + (verb?.Length ?? 0);
        return verb is not null && (end >= body.Length || NounPhraseEnds.Contains(body[end], StringComparison.Ordinal) || IsNumbered(body, figure.Start));
    }

    /// <summary>第一个, 第10个 right before the span.</summary>
    private static bool IsNumbered(string body, int start)
    {
        if (start < 3 || body[start - 1] != '个')
        {
            return false;
        }
        var at = start - 2;
        while (at > 0 && ChineseNumeral.IsNumberLetter(body[at]))
        {
            at--;
        }
        return at < start - 2 && body[at] == '第';
    }
}
