namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 第一书记, 世界第二大经济体, 来自脱贫攻坚一线: inside a noun, a numeral after 第 is an ordinal and one in a word of its
/// own is no count, so a label's noun runs on over them (<see cref="LabelFinder"/>); but 一线 after a noun a measure word
/// counts is where (深入8个村组一线，).
/// </summary>
internal static class NumeralWords
{
    /// <summary>Words that hold a numeral and no number (脱贫攻坚一线, 区域一体化, 单位一把手, 海峡两岸).</summary>
    private static readonly string[] Words = ["一线", "一体化", "一把手", "一站式", "一流", "两岸"];

    /// <summary>The word holding a numeral at <paramref name="at"/> inside the noun that starts at <paramref name="nounStart"/>, or null.</summary>
    public static string? InNounAt(string body, int nounStart, int at) =>
        body.WordAt(at, Words) is { } word && !(word == "一线" && IsCountedDirectly(body, nounStart)) ? word : null;

    /// <summary>Whether a number and one measure word stand right before the noun (8个|村组, 20余个|村).</summary>
    private static bool IsCountedDirectly(string body, int nounStart) =>
        nounStart >= 2 && FigureReader.IsHan(body[nounStart - 1])
        && (ChineseNumeral.IsNumberLetter(body[nounStart - 2]) || body[nounStart - 2] is '余' or '多');
}
