namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 5栋2单元, 3号楼2单元501室, 12幢3层: a building's number followed at once by the number of its entrance, floor or room is
/// an address, not a count of buildings; 小区共有12栋楼、560户 still counts. So is a floor written straight after the
/// building (住宅楼5层起火, 3号楼4层, 写字楼12层): which floor, not how many; 这栋楼共18层 and 楼高32层 count floors.
/// A building's number written straight after its estate's name and closing the clause (住在幸福小区12栋。) is where, too;
/// 小区12栋楼 and 小区有12栋 still count. So is a building's number straight after 住 (家住18栋的王阿姨, 住在3幢): where one lives.
/// </summary>
internal static class AddressNumbers
{
    private static readonly string[] Buildings = ["栋", "幢", "号楼", "座"];

    private static readonly string[] Parts = ["单元", "层", "楼", "室", "号"];

    /// <summary>Last characters of a building's noun (住宅楼, 办公楼, 大厦).</summary>
    private const string BuildingEnds = "楼厦";

    private const string Floor = "层";

    /// <summary>Last words of an estate's name (幸福小区, 阳光花园, 锦绣家园, 翠湖苑).</summary>
    /// <remarks>Not 公寓, a kind of building (新建人才公寓3栋 counts them).</remarks>
    private static readonly string[] Estates = ["小区", "花园", "家园", "新村", "苑", "社区"];

    /// <summary>Verbs of living or lying somewhere, after which a building's number says where (家住18栋, 住在5幢, 位于3号楼).</summary>
    private static readonly string[] Dwelling = ["住", "住在", "位于"];

    public static bool IsAddress(string body, FigureCandidate figure)
    {
        if (figure.Unit == Floor)
        {
            return figure.Start == figure.NumberStart && figure.Start > 0 && BuildingEnds.Contains(body[figure.Start - 1], StringComparison.Ordinal);
        }
        if (!Buildings.Contains(figure.Unit))
        {
            return false;
        }
        // 座 counts whole buildings or gardens (社区花园5座), never a building's number in an address.
        if (figure.Unit != "座" && figure.Start == figure.NumberStart && body.EndsWithAnyAt(figure.Start, Estates)
            && (figure.End >= body.Length || !FigureReader.IsHan(body[figure.End])))
        {
            return true;
        }
        if (figure.Unit != "座" && figure.Start == figure.NumberStart && body.EndsWithAnyAt(figure.Start, Dwelling))
        {
            return true;
        }
        var at = figure.End;
        while (at < body.Length && ChineseNumeral.IsNumberLetter(body[at]))
        {
            at++;
        }
        return at > figure.End && body.WordAt(at, Parts) is not null;
    }
}
