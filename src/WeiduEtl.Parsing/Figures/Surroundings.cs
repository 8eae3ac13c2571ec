namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 环顾四周, 村子四周都是果园: 四周 is "all around", a place; as four weeks it follows a word of measuring time (为期四周,
/// 用了四周, 每四周) or comes before one that frames a span (四周内, 四周后, 四周时间). Four weeks printed 4周 stay a span.
/// </summary>
internal static class Surroundings
{
    private static readonly string[] SpanLeads = ["为期", "历时", "用时", "耗时", "用了", "花了", "需要", "需", "持续", "连续", "长达", "达", "共", "每", "约", "近", "仅"];

    private static readonly string[] SpanEnds = ["内", "之内", "以内", "后", "之后", "以后", "来", "以来", "时间", "的时间", "里", "多"];

    public static bool IsAllAround(string body, FigureCandidate figure) =>
        figure.Chinese && figure.NumberText == "四" && figure.Unit == "周" && figure.Start == figure.NumberStart
        && !body.EndsWithAnyAt(figure.Start, SpanLeads) && body.WordAt(figure.End, SpanEnds) is null;
}
