using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Figures.Quality;

/// <summary>A figure as a reader labelled it by hand.</summary>
/// <param name="Text">The span as printed, for people reading a report; matching uses value and unit.</param>
/// <param name="Label">What the reader says is counted or measured, or null when a reader would name nothing (连续12年).</param>
/// <param name="Head">
/// The head noun(s) of <paramref name="Label"/> that an extracted label must agree with, alternatives separated by
/// '|' (采购经理指数|PMI); null means the whole label.
/// </param>
public sealed record LabelledFigure(string Text, decimal Value, string Unit, FigureQualifier Qualifier, string? Label, string? Head)
{
    /// <summary>The words an extracted label may agree with.</summary>
    public IReadOnlyList<string> Heads =>
        (Head ?? Label) is { } heads ? [.. heads.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : [];
}
