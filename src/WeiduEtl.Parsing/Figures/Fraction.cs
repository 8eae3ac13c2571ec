namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// A fraction printed with a slash (减少2/3以上, 占1/7): a figure with its value (0.666667) and no unit, a share as a
/// percentage is (its kind is <see cref="UnitKind.Percent"/>, so share rules label it). Only a proper
/// fraction of small whole numbers standing alone counts; 2019/12/1, 24/7 and 3/2 are dates, codes or ratios, and 1/4决赛 a round.
/// </summary>
internal static class Fraction
{
    /// <summary>Rounds of a knockout a fraction names (1/4决赛, 1/8决赛: the quarter- and eighth-finals), no share of anything.</summary>
    private static readonly string[] Rounds = ["决赛", "半决赛", "淘汰赛", "资格赛"];

    private const int MaxDigits = 2;
    private const int Decimals = 6;

    /// <summary>Where the fraction whose numerator ends at <paramref name="numeratorEnd"/> ends, with its value; (0, 0) when there is none.</summary>
    public static (int End, decimal Value) Read(string body, int numberStart, int numeratorEnd, decimal numerator)
    {
        if (numeratorEnd >= body.Length || body[numeratorEnd] is not ('/' or '／') || numerator != decimal.Truncate(numerator)
            || numeratorEnd - numberStart > MaxDigits
            || numberStart > 0 && (char.IsAsciiLetterOrDigit(body[numberStart - 1]) || body[numberStart - 1] is '/' or '／' or '.'))
        {
            return (0, 0m);
        }
        var end = numeratorEnd + 1;
        while (end < body.Length && char.IsAsciiDigit(body[end]) && end - numeratorEnd <= MaxDigits)
        {
            end++;
        }
        if (end == numeratorEnd + 1 || end < body.Length && (char.IsAsciiLetterOrDigit(body[end]) || body[end] is '/' or '／' or '.')
            || int.Parse(body.AsSpan(numeratorEnd + 1, end - numeratorEnd - 1), System.Globalization.CultureInfo.InvariantCulture) is var denominator
                && (denominator <= numerator || UnitTable.Match(body, end) is not null)
            || body.WordAt(end, Rounds) is not null)
        {
            return (0, 0m);
        }
        return (end, Math.Round(numerator / denominator, Decimals));
    }
}
