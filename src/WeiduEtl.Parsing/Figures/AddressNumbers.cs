namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 5栋2单元, 3号楼2单元501室, 12幢3层: a building's number followed at once by the number of its entrance, floor or room is
/// an address, not a count of buildings; 小区共有12栋楼、560户 still counts.
/// </summary>
internal static class AddressNumbers
{
    private static readonly string[] Buildings = ["栋", "幢", "号楼", "座"];

    private static readonly string[] Parts = ["单元", "层", "楼", "室", "号"];

    public static bool IsAddress(string body, FigureCandidate figure)
    {
        if (!Buildings.Contains(figure.Unit))
        {
            return false;
        }
        var at = figure.End;
        while (at < body.Length && ChineseNumeral.IsNumberLetter(body[at]))
        {
            at++;
        }
        return at > figure.End && body.WordAt(at, Parts) is not null;
    }
}
