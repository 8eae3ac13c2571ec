namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 十日内返还, 30日内作出答复, 两个月内完成整改: a duration bounded by 内 right before a verb is the time allowed for the
/// deed, so its label is the deed with 期限.
/// </summary>
internal static class DeadlineLabel
{
    public const string Suffix = "期限";

    public static bool Bounds(string body, FigureCandidate figure) =>
        figure.Kind == UnitKind.Time && figure.Qualifier == Core.Parsing.FigureQualifier.AtMost && figure.End > 0 && body[figure.End - 1] == '内'
        && figure.End < body.Length && FigureReader.IsHan(body[figure.End]);
}
