using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Dates;

/// <summary>
/// Fills in the parts a printed date leaves out.
/// <list type="bullet">
/// <item>No year: the assumed year (the year, else the page's year); 今年/去年/前年/明年 move it.</item>
/// <item>A range (8月12日至15日, 2021年4月至6月) is two rows; the second end takes the year and month it does
/// not print from the first, and a first end printed without its unit (2021—2023年, 7至8月, 8月12—15日) takes
/// the unit's precision and the year from the second.</item>
/// <item>A day alone (15日) takes the month and year of the nearest date before it in the same body; with none, its date is null.</item>
/// <item>An impossible day (2月30日) is not a date.</item>
/// </list>
/// </summary>
internal static class DateResolver
{
    private sealed record Resolved(DateToken Token, int? Year, int? Month, DatePrecision Precision);

    public static IReadOnlyList<DateMention> Resolve(string body, IReadOnlyList<DateToken> tokens, int? assumedYear)
    {
        var resolved = new Resolved[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var previous = i > 0 ? resolved[i - 1] : null;
            var joined = previous is not null && DatePatterns.JointOnly().IsMatch(body.AsSpan(previous.Token.End, token.Start - previous.Token.End));
            int? year = token.Year;
            var month = token.Month;
            if (year is null && token.YearShift is { } shift)
            {
                year = assumedYear + shift;
            }
            else if (year is null && (joined || month is null) && previous is not null)
            {
                year = previous.Year;
                month ??= previous.Month;
            }
            else if (year is null && month is not null)
            {
                year = assumedYear;
            }
            var precision = token.Day is not null ? DatePrecision.Day : month is not null || token.Month is not null ? DatePrecision.Month : DatePrecision.Year;
            resolved[i] = new Resolved(token, year, month, precision);
        }
        for (var i = tokens.Count - 2; i >= 0; i--)
        {
            // A head has no unit of its own: 2021 of 2021—2023年 is a year, 7 of 7至8月 a month.
            if (tokens[i].Head && resolved[i + 1] is { } tail)
            {
                var head = resolved[i];
                var precision = tokens[i].Day is not null ? DatePrecision.Day : tokens[i].Month is not null ? DatePrecision.Month : DatePrecision.Year;
                resolved[i] = head with { Year = tokens[i].Year ?? tail.Year, Precision = precision };
            }
        }
        var mentions = new List<DateMention>();
        foreach (var r in resolved)
        {
            var (ok, date) = ToDate(r);
            if (!ok)
            {
                continue;
            }
            var partOfDay = r.Precision == DatePrecision.Day ? PartOfDay.After(body, r.Token.End) : null;
            mentions.Add(new DateMention(body[r.Token.Start..r.Token.End], date, r.Precision, partOfDay, r.Token.Start, r.Token.End) { Rule = r.Token.Rule });
        }
        return mentions;
    }

    /// <summary>(false, _) when the printed day does not exist; (true, null) when the year or month is unknown.</summary>
    private static (bool Ok, DateOnly? Date) ToDate(Resolved r)
    {
        var month = r.Precision == DatePrecision.Year ? 1 : r.Month;
        var day = r.Token.Day ?? 1;
        if (r.Year is not { } year || month is not { } m || year is < 1 or > 9999)
        {
            return (true, null);
        }
        return day <= DateTime.DaysInMonth(year, m) ? (true, new DateOnly(year, m, day)) : (false, null);
    }
}
