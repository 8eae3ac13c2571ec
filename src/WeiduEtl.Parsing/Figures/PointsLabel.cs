namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 积27分, 共积15分, 累积32分: points a team or player has gathered in a table are its 积分, which the verb 积 alone
/// before the score says (a label of one letter names nothing). 面积, 体积 and 容积 end in the same letter and are nouns.
/// </summary>
internal static class PointsLabel
{
    public const string Label = "积分";

    private const string Points = "分";

    private const char Gather = '积';

    /// <summary>Letters before 积 that make it part of a noun (面积, 体积, 容积, 堆积, 沉积).</summary>
    private const string NounsEndingInJi = "面体容堆沉淤";

    public static bool Gathered(string body, FigureCandidate figure) =>
        figure.Unit == Points && figure.Start > 0 && body[figure.Start - 1] == Gather
        && (figure.Start < 2 || !NounsEndingInJi.Contains(body[figure.Start - 2], StringComparison.Ordinal));
}
