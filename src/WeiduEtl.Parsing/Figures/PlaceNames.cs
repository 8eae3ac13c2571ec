namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// Place names built on a numeral and a measure word (五台山, 七台河市, 三门峡): the measure word classifies machines or
/// objects, never the mountain, river or gorge right after it, so the count is letters of the name. The geographic
/// noun must end the word or be followed by a division's suffix (七台河市); 两台山地车 and 三台河道清淤机 stay counts.
/// </summary>
internal static class PlaceNames
{
    /// <summary>Measure words of machines and objects, which no geographic noun is counted with.</summary>
    private const string ObjectClassifiers = "台门部件本枚把张";

    private const string GeographicNouns = "山河湖峡江岭峰岛湾沟坡";

    private const string DivisionSuffixes = "市县区镇乡村";

    public static bool IsInsideName(string body, FigureCandidate figure)
    {
        if (!figure.Chinese || figure.Unit is not { Length: 1 } unit || !ObjectClassifiers.Contains(unit[0], StringComparison.Ordinal)
            || figure.End >= body.Length || !GeographicNouns.Contains(body[figure.End], StringComparison.Ordinal))
        {
            return false;
        }
        var after = figure.End + 1;
        return after >= body.Length || !FigureReader.IsHan(body[after]) || DivisionSuffixes.Contains(body[after], StringComparison.Ordinal);
    }
}
