namespace WeiduEtl.Core.Parsing;

/// <summary>A date found in an article body.</summary>
/// <param name="Text">As printed (8月15日).</param>
/// <param name="Date">The ISO date, first day of the month or year for coarser precision; null when no year can be inferred.</param>
/// <param name="PartOfDay">上午, 下午, 晚… or null.</param>
public sealed record DateMention(string Text, DateOnly? Date, DatePrecision Precision, string? PartOfDay, int CharStart, int CharEnd)
{
    /// <summary>The shape that read it (date-year-first, date-month-first…), published as the row's <c>rule</c>.</summary>
    public string Rule { get; init; } = "date";
}
