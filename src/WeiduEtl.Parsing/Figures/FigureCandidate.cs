using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Figures;

/// <summary>A figure being read, before exclusions, ranges and labels are settled.</summary>
/// <param name="Start">Start of the span, the prefix qualifier included.</param>
/// <param name="NumberStart">Where the number itself starts.</param>
/// <param name="NumberText">The numeral as printed, without qualifiers or magnitude suffix (一, 40, 三四十).</param>
/// <param name="Multiplier">The magnitude printed after the number (万 in 40余万元), 1 when none.</param>
/// <param name="Unit">The unit as printed; null while a range's lower bound waits to borrow the upper bound's.</param>
/// <param name="Chinese">Whether the number is written in Chinese numerals.</param>
internal sealed record FigureCandidate(
    int Start,
    int End,
    int NumberStart,
    string NumberText,
    decimal Value,
    decimal Multiplier,
    string? Unit,
    UnitKind Kind,
    FigureQualifier Qualifier,
    bool Chinese)
{
    /// <summary>True when the number is a lone 一 or 二 with nothing qualifying it (一个, 一把伞, 二次).</summary>
    public bool IsBareOneOrTwo => Chinese && NumberText is "一" or "二" && Value is 1m or 2m && Qualifier == FigureQualifier.Exact;

    public string Text(string body) => body[Start..End];
}
