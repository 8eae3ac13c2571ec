using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 八年抗战, 十年浩劫, 三年困难时期, 九年义务教育: a span of years written straight before the noun of an era or an
/// institution is part of that name, as history and policy use it. With 的 between (长达八年的抗战) or a qualifier
/// (八年多抗战) the span is measured and stays a figure.
/// </summary>
internal static class PeriodNames
{
    /// <summary>Nouns of eras and institutions that a span of years names: wars, hard times, and schooling by length.</summary>
    private static readonly string[] NamedPeriods = ["抗战", "抗日战争", "解放战争", "内战", "浩劫", "动乱", "困难时期", "自然灾害", "义务教育", "制本科", "制大专"];

    public static bool IsInsideName(string body, FigureCandidate figure) =>
        figure.Unit == "年" && figure.Start == figure.NumberStart && figure.Qualifier == FigureQualifier.Exact
        && body.WordAt(figure.End, NamedPeriods) is not null;
}
