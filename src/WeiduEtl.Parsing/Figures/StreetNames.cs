namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// Street and estate names built on a Chinese numeral and a measure word (两站小区, 两站社区, 三元城路, 三间房路, 东四条路, 西二条胡同):
/// <list type="bullet">
/// <item>a measure word that never counts an estate or a street (stops, money, and the measure words of land, trees, beasts
/// and rooms that <see cref="SettlementNames"/> reads in village names) right before an estate's or a street's word, or
/// before one letter of the name and a street's word that closes the name, is a letter of the name;</item>
/// <item>a compass letter that opens a word before a numeral and 条 and a street's word names the street by its place in
/// a grid (东四条路, 西二条路); 城东两条路 and 修了四条路 count roads.</item>
/// </list>
/// 两个小区, 三条街 and 五公里路 stay counts: their measure words count estates, streets and lengths.
/// </summary>
internal static class StreetNames
{
    /// <summary>
    /// Measure words besides <see cref="SettlementNames.NameUnits"/> that never count an estate or a street. Right before a
    /// street's word they count stops of a ride (只有两站路, 再坐三站路), so they name only an estate or a longer street name.
    /// </summary>
    private const string MoreNameUnits = "站";

    private static readonly string[] Estates = ["小区", "社区"];

    private static readonly string[] Streets = ["大街", "大道", "胡同", "路", "街", "巷"];

    private const string CompassLetters = "东西南北";

    private const string StreetClassifier = "条";

    /// <summary>What may open the word a compass letter starts: a break or a list joint (、西二条路).</summary>
    private const string ListJoints = "、和与及";

    /// <summary>Particles, copulas and verbs of a clause that end the name before them (三元城路的路灯, 三元城路作为老旧居民区, 三元城路共安装).</summary>
    private const string ClauseWordsAfterName = "的是在和与及也都已将被作共";

    public static bool IsInsideName(string body, FigureCandidate figure)
    {
        if (!figure.Chinese || figure.Start != figure.NumberStart || figure.Unit is not { } unit)
        {
            return false;
        }
        return NamedByUnit(body, figure, unit) || NamedByCompass(body, figure);
    }

    private static bool NamedByUnit(string body, FigureCandidate figure, string unit)
    {
        var stops = unit.Length == 1 && MoreNameUnits.Contains(unit[0], StringComparison.Ordinal);
        if (figure.Kind != UnitKind.Money && !stops && !(unit.Length == 1 && SettlementNames.NameUnits.Contains(unit[0], StringComparison.Ordinal)))
        {
            return false;
        }
        var at = figure.End;
        return body.WordAt(at, Estates) is not null || !stops && ClosingStreet(body, at) || at < body.Length && FigureReader.IsHan(body[at]) && ClosingStreet(body, at + 1);
    }

    private static bool NamedByCompass(string body, FigureCandidate figure) =>
        figure.Unit == StreetClassifier && figure.Start > 0 && CompassLetters.Contains(body[figure.Start - 1], StringComparison.Ordinal)
        && (figure.Start == 1 || !FigureReader.IsHan(body[figure.Start - 2]) || ListJoints.Contains(body[figure.Start - 2], StringComparison.Ordinal))
        && body.WordAt(figure.End, Streets) is not null;

    private static bool ClosingStreet(string body, int at)
    {
        if (body.WordAt(at, Streets) is not { } street)
        {
            return false;
        }
        var after = at + street.Length;
        return after >= body.Length || !FigureReader.IsHan(body[after]) || ClauseWordsAfterName.Contains(body[after], StringComparison.Ordinal);
    }
}
