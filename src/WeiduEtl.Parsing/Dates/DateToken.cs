namespace WeiduEtl.Parsing.Dates;

/// <summary>A date as printed, before its missing parts are filled in.</summary>
/// <param name="Year">The printed year, or null.</param>
/// <param name="YearShift">For 今年/去年/前年/明年: the shift from the assumed year (0, -1, -2, 1); else null.</param>
/// <param name="Head">The first end of a range printed without its unit (2021 of 2021—2023年, 7 of 7至8月, 8月12 of 8月12—15日); its year comes from the other end.</param>
/// <param name="Rule">The shape that read it (date-year-first…).</param>
internal sealed record DateToken(int Start, int End, int? Year, int? YearShift, int? Month, int? Day, bool Head, string Rule);
