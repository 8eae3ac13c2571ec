namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 8·12事故, 7·20暴雨, 5·12地震: a month and a day joined by a middle dot name an event by its date, so the day is no
/// figure whatever follows it (8·12天津港 holds no twelve days). Only the dot a name is printed with counts: 8.12天 is a decimal.
/// </summary>
internal static class DottedDates
{
    private const string Dots = "·•・";

    public static bool IsDayOfMonth(string body, FigureCandidate figure)
    {
        if (figure.Chinese || figure.Start != figure.NumberStart || figure.Value is < 1 or > 31 || figure.Value != decimal.Truncate(figure.Value)
            || figure.Start < 2 || !Dots.Contains(body[figure.Start - 1], StringComparison.Ordinal))
        {
            return false;
        }
        var monthEnd = figure.Start - 1;
        var monthStart = monthEnd;
        while (monthStart > 0 && char.IsAsciiDigit(body[monthStart - 1]))
        {
            monthStart--;
        }
        return monthEnd - monthStart is 1 or 2
            && int.Parse(body.AsSpan(monthStart, monthEnd - monthStart), System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 12
            && (monthStart == 0 || body[monthStart - 1] is not ('.' or '·'));
    }
}
