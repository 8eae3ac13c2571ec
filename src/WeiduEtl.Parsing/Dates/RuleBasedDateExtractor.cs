using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Parsing.Dates;

/// <summary>
/// Finds the dates printed in article bodies with rules a reader can audit: the shapes of a date
/// (<see cref="DatePatterns"/>), the year of the page (<see cref="YearInference"/>), missing years and months
/// and ranges (<see cref="DateResolver"/>), and the part of the day (<see cref="PartOfDay"/>).
/// </summary>
/// <remarks>
/// Conventions: the span is the date alone (8月12日 of 8月12日晚; 7月1日 of 7月1日起), with the part of the day in
/// its own field; a relative year belongs to the span (今年的3月份). A range is two rows, one per end
/// (8月12日至15日 → 8月12日 and 15日, both in August). Relative words without a printed month (今年, 近日,
/// 日前, 昨天) are not dates: they cannot be placed without the issue's own date. Coarser dates point at their
/// first day (2021年4月 → 2021-04-01, month precision).
/// </remarks>
public sealed class RuleBasedDateExtractor : IDateExtractor
{
    public int? InferYear(IEnumerable<string> pageTexts) => YearInference.Infer(pageTexts);

    public IReadOnlyList<DateMention> Extract(string body, int? assumedYear) =>
        DateResolver.Resolve(body, DateScanner.Scan(body), assumedYear);
}
