namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 四年制本科, 三年制中职, 8小时工作制, 24小时值班制: a span of time before 制 names a system of schooling or of work, how
/// long each course or shift runs, not a stretch that passed; 三年制定规划 and 5年制造业 are the verb 制定 and the noun 制造.
/// So does a span before 无理由 (7天无理由退货, 十五天无理由退换): the name of a consumer's right, not days that passed.
/// </summary>
internal static class SystemNames
{
    /// <summary>Systems of work a span of time may stand before (8小时工作制).</summary>
    private static readonly string[] Schedules = ["工作制", "值班制", "轮班制", "工时制", "学制", "轮岗制", "坐班制", "无理由"];

    /// <summary>Characters after 制 that make it the start of a word (制定, 制造, 制度, 制作, 制品), not a system's ending.</summary>
    private const string WordsStartingWithZhi = "定造度作品订止约成裁衡备服图药剂冷";

    public static bool IsInsideName(string body, FigureCandidate figure)
    {
        if (figure.Kind != UnitKind.Time || figure.End >= body.Length)
        {
            return false;
        }
        if (body[figure.End] == '制')
        {
            return figure.End + 1 >= body.Length || !WordsStartingWithZhi.Contains(body[figure.End + 1], StringComparison.Ordinal);
        }
        return body.WordAt(figure.End, Schedules) is not null;
    }
}
