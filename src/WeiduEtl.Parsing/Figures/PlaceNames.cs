using WeiduEtl.Parsing.Entities;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// Place names built on a numeral and a measure word (五台山, 七台河市, 三门峡, 三台县): the measure word classifies machines or
/// objects, never the mountain, river or gorge right after it, so the count is letters of the name. The geographic
/// noun must end the word (before a break or a copula: 五台山是), be followed by a division's suffix (七台河市) or by what is named after a place (五台山景区,
/// 五台山体育中心); 两台山地车 and 三台河道清淤机 stay counts. A division of the gazetteer that starts at the numeral and runs
/// past the unit, whatever the unit (三台县, 五家渠市, 三间房乡), is a name too.
/// </summary>
internal static class PlaceNames
{
    /// <summary>Measure words of machines and objects, which no geographic noun is counted with.</summary>
    private const string ObjectClassifiers = "台门部件本枚把张";

    private const string GeographicNouns = "山河湖峡江岭峰岛湾沟坡";

    private const string DivisionSuffixes = "市县区镇乡村";

    /// <summary>Copulas, particles and conjunctions that end the word before them (五台山是佛教圣地, 五台山的寺庙, 五台山和峨眉山).</summary>
    private const string ClauseWordsAfterName = "是的在位和与及也都已将被";

    /// <summary>Places and bodies named after the place before them (五台山景区, 三门峡水库, 五台山体育中心).</summary>
    private static readonly string[] NamedAfterPlace =
    [
        "景区", "风景区", "体育", "大学", "学院", "中学", "小学", "医院", "机场", "车站", "火车站", "水库", "大桥", "隧道", "公园",
        "广场", "大道", "路", "街道", "大街", "宾馆", "酒店", "国家级", "会议", "论坛",
    ];

    public static bool IsInsideName(string body, FigureCandidate figure)
    {
        if (!figure.Chinese || figure.Unit is not { Length: > 0 } unit)
        {
            return false;
        }
        if (DivisionGazetteer.Shared.MatchAt(body, figure.NumberStart) > figure.End - figure.NumberStart)
        {
            return true;
        }
        if (unit.Length != 1 || !ObjectClassifiers.Contains(unit[0], StringComparison.Ordinal))
        {
            return false;
        }
        if (figure.End >= body.Length || !GeographicNouns.Contains(body[figure.End], StringComparison.Ordinal))
        {
            return false;
        }
        var after = figure.End + 1;
        return after >= body.Length || !FigureReader.IsHan(body[after]) || DivisionSuffixes.Contains(body[after], StringComparison.Ordinal)
            || ClauseWordsAfterName.Contains(body[after], StringComparison.Ordinal) || body.WordAt(after, NamedAfterPlace) is not null;
    }
}
