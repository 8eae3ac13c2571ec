using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// A length or a head count printed inside the name of a race or a contest (5人龙舟100米直道赛, 男子4×100米接力,
/// 1500米速滑, 3人篮球赛) names the event, it counts nothing. Such a name runs from the figure to the next break as one
/// noun, with no verb or function word, and ends in a word for a contest; a figure with a verb after it (500名运动员参赛,
/// 100米长的护栏) stays a figure.
/// </summary>
internal static class EventNames
{
    /// <summary>Words a contest's name ends in.</summary>
    private static readonly string[] ContestEnds =
        ["赛", "接力", "跨栏", "竞走", "速滑", "自由泳", "蛙泳", "仰泳", "蝶泳", "混合泳", "短道", "障碍跑", "越野跑", "长跑", "短跑", "卧射", "立射", "跪射"];

    /// <summary>Units that measure a race's distance or a team's size.</summary>
    private static readonly string[] NamingUnits = ["米", "公里", "千米", "人", "人制"];

    /// <summary>What a contest's name may be followed by (男子50公里竞走冠军, 100米决赛).</summary>
    private static readonly string[] Titles = ["冠军", "亚军", "季军", "金牌", "银牌", "铜牌", "决赛", "预赛", "半决赛", "比赛", "项目"];

    /// <summary>Words before a distance that name whose event it is (男子100米, 女子10公里, 男女混合200米).</summary>
    private static readonly string[] EventSides = ["男子", "女子", "混合"];

    /// <summary>Words of a contest that follow its distance at once, before any verb (100米决赛在…, 110米栏, 50米步枪).</summary>
    private static readonly string[] ContestStarts = ["栏", "障碍", "步枪", "手枪", "决赛", "预赛", "半决赛", "自由泳", "蛙泳", "仰泳", "蝶泳", "混合泳"];

    private const int NameMaxLength = 16;

    public static bool IsInsideName(string body, FigureCandidate figure)
    {
        if (figure.Qualifier != FigureQualifier.Exact || !NamingUnits.Contains(figure.Unit))
        {
            return false;
        }
        // The name may run on into its sentence (男子100米决赛在晚间举行): a side before a distance (not a head count:
        // 涉案男子3人) or a contest word right after the unit names the event wherever the name ends.
        if (figure.Kind == UnitKind.Length && figure.Start == figure.NumberStart && body.EndsWithAnyAt(figure.Start, EventSides)
            || body.WordAt(figure.End, ContestStarts) is not null)
        {
            return true;
        }
        var end = figure.End;
        while (end < body.Length && end - figure.End <= NameMaxLength && IsNamePart(body[end]))
        {
            end++;
        }
        var name = LabelText.StripEnd(body[figure.End..end], Titles);
        return name.Length > 0 && FigureReader.IsHan(name[0])
            && name.EndsWithAny(ContestEnds)
            && !LabelWords.CutsAfter.Any(c => name.Contains(c, StringComparison.Ordinal));
    }

    /// <summary>Characters a name holds: letters, digits and the times sign of a relay (4×100米); a list joint (和, 与, 及) ends it.</summary>
    private static bool IsNamePart(char c) => FigureReader.IsHan(c) && c is not ('和' or '与' or '及') || char.IsAsciiDigit(c) || c is '×' or '.';
}
