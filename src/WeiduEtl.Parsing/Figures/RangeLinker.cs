using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// Ranges (3至5天, 5—8万元, 3天到5天) become two rows, one per printed number: the lower bound with
/// <see cref="FigureQualifier.AtLeast"/>, the upper with <see cref="FigureQualifier.AtMost"/>. A lower bound printed
/// without its unit or magnitude borrows them from the upper (5—8万元 → 50000 元 and 80000 元), and its span stays
/// the number as printed ("5"). A bound that carries its own qualifier keeps it, and an approximate upper bound
/// (3至5天左右) makes both approximate. The upper bound takes the lower's label when it has none. Two bounds printed
/// back to back, 以上 then 以下 (五倍以上十倍以下的罚款, 二万元以上十万元以下, 三年以上七年以下有期徒刑), are a range too: the
/// lower bound's 以上 then reads "at least", as the law's wording means it.
/// </summary>
internal static class RangeLinker
{
    /// <summary>Gives a unit-less lower bound the unit and magnitude of the upper bound that follows it.</summary>
    public static FigureCandidate Borrow(FigureCandidate lower, FigureCandidate upper)
    {
        var value = lower.Multiplier == 1 ? lower.Value * upper.Multiplier : lower.Value;
        return lower with { Value = value, Multiplier = lower.Multiplier == 1 ? upper.Multiplier : lower.Multiplier, Unit = upper.Unit, Kind = upper.Kind };
    }

    private const string LowerBound = "以上";

    private const string UpperBound = "以下";

    /// <summary>Whether only a range joint (至, 到, ~, —) lies between the two figures, or they are bounds back to back.</summary>
    public static bool Joined(string body, FigureCandidate lower, FigureCandidate upper)
    {
        var joint = FigurePatterns.RangeJoint().Match(body, lower.End);
        return joint.Success && lower.End + joint.Length == upper.Start || AreBounds(body, lower, upper);
    }

    private static bool AreBounds(string body, FigureCandidate lower, FigureCandidate upper) =>
        upper.Start == lower.End && lower.Qualifier == FigureQualifier.Over && upper.Qualifier == FigureQualifier.AtMost
        && body.AsSpan(lower.Start, lower.End - lower.Start).EndsWith(LowerBound, StringComparison.Ordinal)
        && body.AsSpan(upper.Start, upper.End - upper.Start).EndsWith(UpperBound, StringComparison.Ordinal);

    public static (FigureCandidate Lower, FigureCandidate Upper) Qualify(string body, FigureCandidate lower, FigureCandidate upper)
    {
        if (AreBounds(body, lower, upper))
        {
            return (lower with { Qualifier = FigureQualifier.AtLeast }, upper);
        }
        if (upper.Qualifier == FigureQualifier.Approx)
        {
            return (lower with { Qualifier = lower.Qualifier == FigureQualifier.Exact ? FigureQualifier.Approx : lower.Qualifier }, upper);
        }
        return (
            lower.Qualifier == FigureQualifier.Exact ? lower with { Qualifier = FigureQualifier.AtLeast } : lower,
            upper.Qualifier == FigureQualifier.Exact ? upper with { Qualifier = FigureQualifier.AtMost } : upper);
    }
}
