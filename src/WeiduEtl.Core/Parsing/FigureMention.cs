namespace WeiduEtl.Core.Parsing;

/// <summary>A numeric fact found in an article body.</summary>
/// <param name="Text">The span as printed (约10亿元).</param>
/// <param name="Label">What is counted or measured (总投资), or null.</param>
/// <param name="Value">The number with its magnitude folded in (1000000000).</param>
/// <param name="Unit">The unit as printed without the magnitude (元).</param>
/// <param name="CharStart">Offset of <paramref name="Text"/> in the body.</param>
/// <param name="CharEnd">End offset (exclusive) in the body.</param>
public sealed record FigureMention(string Text, string? Label, decimal Value, string Unit, FigureQualifier Qualifier, int CharStart, int CharEnd)
{
    /// <summary>The rule that read it, published as the row's <c>rule</c>; the figure reader as a whole until it names finer ones.</summary>
    public string Rule { get; init; } = "figure-reader";
}
