using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// Chemical names count their atoms with Chinese numerals (二氧化碳, 二氧化硫, 一氧化碳, 四氯化碳, 五氧化二磷): those
/// numerals are letters of a name, so a list holding such a name holds no number of its own.
/// </summary>
internal static partial class CompoundNames
{
    /// <summary>A numeral before an element and 化 (二氧化, 四氯化), or after 化 before an element (化二磷).</summary>
    [GeneratedRegex("[一二三四五六七八]+(?=[氧氯硫氟溴碘]化)|(?<=化)[一二三四五](?=[氧氯硫氟溴碘磷氮碳铁铝])")]
    private static partial Regex AtomCount();

    public static string WithoutAtomCounts(string text) => AtomCount().Replace(text, "");
}
