namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 到建党一百年时, 新中国成立一百年时, 建校60年之际: a span after a verb of founding and before a word of when names the
/// anniversary, a point in time, as 60周年 does; 新中国成立70年来 is still the span up to now.
/// </summary>
internal static class Anniversaries
{
    private static readonly string[] FoundingVerbs =
        ["成立", "建党", "建国", "建交", "建校", "建院", "建厂", "建县", "建市", "建区", "建村", "诞生", "创立", "创建", "创办", "组建", "建馆", "开馆", "创刊"];

    /// <summary>Words after the span that make it a moment: 时 (not 时间, 时光, 时期…), 之时, 之际, 的时候, 前夕.</summary>
    private static readonly string[] Moments = ["的时候", "之时", "之际", "前夕", "时"];

    private const string NotMomentAfterShi = "间光期代段长限效速辰空节刻许分";

    public static bool IsAnniversary(string body, FigureCandidate figure)
    {
        if (figure.Unit != "年" || figure.Start != figure.NumberStart
            || !body.EndsWithAnyAt(figure.Start, FoundingVerbs))
        {
            return false;
        }
        var moment = body.WordAt(figure.End, Moments);
        var end = figure.End + (moment?.Length ?? 0);
        return moment is not null && !(moment == "时" && end < body.Length && NotMomentAfterShi.Contains(body[end], StringComparison.Ordinal));
    }
}
