namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 15分钟健身圈, 1小时经济圈, 半小时通勤圈: a span before a noun ending in 圈 names a zone by the time it takes to cross,
/// a planning term, not a time anyone measured. A numeral between them (15分钟跑完一圈) makes 圈 a lap, and the span stays.
/// </summary>
internal static class TravelTimeZones
{
    private const int ZoneNounMaxLength = 6;

    public static bool IsZoneName(string body, FigureCandidate figure)
    {
        if (figure.Kind != UnitKind.Time)
        {
            return false;
        }
        return NounAfterFigure.Find(body, figure.End, ZoneNounMaxLength, at => body[at] == '圈') > figure.End;
    }
}
