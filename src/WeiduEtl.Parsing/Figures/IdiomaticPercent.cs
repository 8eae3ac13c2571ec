namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 百分之百的干劲, 100%不断线, 百分之百地投入: "a hundred per cent" as an adjective of effort or an adverb means "wholly", a
/// share of nothing. A hundred per cent of something counted stays a figure (100%的行政村, 覆盖率达100%).
/// </summary>
internal static class IdiomaticPercent
{
    /// <summary>Nouns of effort and feeling that 百分之百的 describes (百分之百的努力): nothing a share could be taken of.</summary>
    private static readonly string[] Qualities = ["努力", "信心", "把握", "干劲", "热情", "诚意", "决心", "真心", "用心", "精力", "投入", "成功", "满意", "信任", "肯定"];

    /// <summary>Words straight after the percentage that make it an adverb (100%不断线, 百分之百是, 百分之百地).</summary>
    private static readonly string[] AdverbFollowers = ["地", "不", "没", "是", "会", "能"];

    public static bool IsIdiom(string body, FigureCandidate figure)
    {
        if (figure.Kind != UnitKind.Percent || figure.Value != 100 || figure.Start != figure.NumberStart)
        {
            return false;
        }
        return body.WordAt(figure.End, AdverbFollowers) is not null
            || figure.End + 1 < body.Length && body[figure.End] == '的' && body.WordAt(figure.End + 1, Qualities) is not null;
    }
}
