namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 主城5区1市, 沿线11省市, 全区12盟市, 全省21地市: divisions counted in Arabic digits right after the number, as a tally
/// or a total; names are written in Chinese numerals (三区三州, 五市) or follow a letter or 第 (A3区, 第2区), and an estate's
/// block is followed by its building (3区5号楼). A division's character that starts a word (市民, 区域, 县城, 省级, 238省道) is no count.
/// </summary>
internal static class CountedDivisions
{
    public const string Units = "省 市 区 县 州 乡 省市 省区 省区市 省市区 市县 区县 县市 县区 市州 盟市 旗县 地市";

    private static readonly string[] UnitList = Units.Split(' ');

    /// <summary>Characters after a division's character that make it the start of a word, not a count.</summary>
    private const string WordStarters = "民委干级长里政党医场值内外面属辖直管域会城府份界际容貌情况间块镇村乡道";

    /// <summary>What a building's number in an address ends with (3区5号楼, 2区8栋).</summary>
    private const string BuildingWords = "号栋幢楼单室";

    public static bool IsDivision(string unit) => UnitList.Contains(unit);

    public static bool Counts(string text, int position, string unit)
    {
        var start = MeasureGuards.NumberStart(text, position);
        if (!MeasureGuards.AfterArabicNumber(text, position) || start > 0 && (char.IsAsciiLetter(text[start - 1]) || text[start - 1] is '第' or '-' or '#'))
        {
            return false;
        }
        var after = position + unit.Length;
        if (after >= text.Length)
        {
            return true;
        }
        if (WordStarters.Contains(text[after], StringComparison.Ordinal))
        {
            return false;
        }
        var digitsEnd = after;
        while (digitsEnd < text.Length && ChineseNumeral.IsArabicDigit(text[digitsEnd]))
        {
            digitsEnd++;
        }
        return digitsEnd == after || digitsEnd >= text.Length || !BuildingWords.Contains(text[digitsEnd], StringComparison.Ordinal);
    }
}
