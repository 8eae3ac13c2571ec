using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 一年一个样，三年大变样，五年上台阶: clauses in a row that are each a span of years and a short outcome are a slogan of
/// stages, not spans anyone measured. One such clause alone (三年见成效) or a clause with more to say (三年投入5亿元)
/// keeps its figure.
/// </summary>
internal static class YearSlogans
{
    private const int OutcomeMinLength = 2;
    private const int OutcomeMaxLength = 4;

    /// <summary>Words after the span that make it a measured time (三年时间, 两年以来), never an outcome.</summary>
    private static readonly string[] TimeWords = ["时间", "以来", "多来", "之内", "以内", "之后", "以后", "之前", "以前", "期间", "左右", "过去", "里"];

    public static bool IsInsideSlogan(string body, FigureCandidate figure) =>
        IsStage(body, figure.Start, figure.End, figure) is { } end
        && (NextStageAfter(body, end) || PreviousStageBefore(body, figure.Start));

    /// <summary>Where the clause ends when the span of years at <paramref name="start"/> opens a clause with only a short outcome after it.</summary>
    private static int? IsStage(string body, int start, int end, FigureCandidate? figure)
    {
        if (figure is not null && (figure.Unit != "年" || !figure.Chinese || figure.Start != figure.NumberStart || figure.Qualifier != FigureQualifier.Exact))
        {
            return null;
        }
        if (start > 0 && !LabelWords.ClauseBreaks.Contains(body[start - 1], StringComparison.Ordinal) || body.WordAt(end, TimeWords) is not null)
        {
            return null;
        }
        var clauseEnd = body.AsSpan(end).IndexOfAny(LabelWords.ClauseBreakSet);
        return clauseEnd is >= OutcomeMinLength and <= OutcomeMaxLength && !body.AsSpan(end, clauseEnd).ContainsAnyExceptInRange('\u3400', '\u9fff')
            ? end + clauseEnd
            : null;
    }

    private static bool NextStageAfter(string body, int clauseEnd) =>
        clauseEnd + 1 < body.Length && StageAt(body, clauseEnd + 1);

    private static bool PreviousStageBefore(string body, int start)
    {
        if (start < 2)
        {
            return false;
        }
        var clauseStart = body.AsSpan(0, start - 1).LastIndexOfAny(LabelWords.ClauseBreakSet) + 1;
        return StageAt(body, clauseStart);
    }

    /// <summary>A clause at <paramref name="at"/> made of Chinese numerals, 年 and a short outcome.</summary>
    private static bool StageAt(string body, int at)
    {
        var yearAt = at;
        while (yearAt < body.Length && ChineseNumeral.IsNumberLetter(body[yearAt]) && !ChineseNumeral.IsArabicDigit(body[yearAt]))
        {
            yearAt++;
        }
        return yearAt > at && yearAt < body.Length && body[yearAt] == '年' && IsStage(body, at, yearAt + 1, null) is not null;
    }
}
