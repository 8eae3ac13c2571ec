using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// A small count printed again after the article has given it points back at what it counted, as 他们 would, and is no new
/// figure: 此次落成的5座桥中，… after 全县5座桥梁落成, or 3名嫌疑人均已归案 after 3名嫌疑人被抓获. It does so when a word of
/// pointing opens the words before it (这次, 此次, 上述… ending in 的), or when it opens its clause or ends a 的-phrase
/// and an adverb of "all", "together" or "each" (分别) follows its noun. A count not printed before in the same numerals
/// and measure word stays a figure.
/// </summary>
internal static class RepeatedCounts
{
    private static readonly string[] PointingLeads = ["这次", "此次", "本次", "这批", "此批", "这些", "那些", "上述"];

    private static readonly string[] AllAdverbs = ["均", "都", "全部", "全都", "一同", "一起", "已全部", "分别"];

    private const int MaxCount = 10;

    private const int LeadMaxLength = 14;

    private const int NounMaxLength = 4;

    public static bool PointsBack(string body, FigureCandidate figure)
    {
        if (figure.Value is < 2 or > MaxCount || figure.Start != figure.NumberStart || figure.Qualifier != FigureQualifier.Exact
            || figure.Kind is not (UnitKind.Classifier or UnitKind.Count) || figure.Start == 0)
        {
            return false;
        }
        if (!PrintedBefore(body, figure))
        {
            return false;
        }
        var clauseStart = body.AsSpan(0, figure.Start).LastIndexOfAny(LabelWords.ClauseBreaksOutsideLists) + 1;
        var lead = body.AsSpan(clauseStart, figure.Start - clauseStart);
        if (lead.Length is > 2 and <= LeadMaxLength && lead[^1] == '的' && body.WordAt(clauseStart, PointingLeads) is not null)
        {
            return true;
        }
        // 入选的6人分别是：…, 获奖的3人均…: a count printed again after a 的-phrase and before an adverb of "all" or "each"
        // points back as one opening its clause does.
        if (lead.Length > 0 && lead[^1] != '的')
        {
            return false;
        }
        var at = figure.End;
        while (at < body.Length && at - figure.End < NounMaxLength && FigureReader.IsHan(body[at]) && body.WordAt(at, AllAdverbs) is null)
        {
            at++;
        }
        return body.WordAt(at, AllAdverbs) is not null && (lead.Length == 0 || CountsSameNoun(body, figure, at));
    }

    /// <summary>
    /// After a 的-phrase the count points back only at an earlier printing of the same noun (3名嫌疑人 … 落网的3名嫌疑人均,
    /// 5个示范村 … 获评的5个村都): 3个乡镇 … 新建成的3个公园都 counts new things.
    /// </summary>
    private static bool CountsSameNoun(string body, FigureCandidate figure, int nounEnd)
    {
        var noun = body.AsSpan(figure.End, nounEnd - figure.End);
        if (noun.IsEmpty)
        {
            return true;
        }
        var printed = body.AsSpan(figure.Start, figure.End - figure.Start);
        for (var at = body.AsSpan(0, figure.Start).IndexOf(printed, StringComparison.Ordinal); at >= 0 && at < figure.Start;)
        {
            var after = body.AsSpan(at + printed.Length, Math.Min(NounMaxLength + noun.Length, figure.Start - at - printed.Length));
            if (after.IndexOf(noun, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
            var next = body.AsSpan(at + 1, figure.Start - at - 1).IndexOf(printed, StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    /// <summary>The same numerals and measure word earlier in the body, as a whole number: 15座 does not print 5座 before.</summary>
    private static bool PrintedBefore(string body, FigureCandidate figure)
    {
        var printed = body.AsSpan(figure.Start, figure.End - figure.Start);
        var before = body.AsSpan(0, figure.Start);
        for (var at = before.IndexOf(printed, StringComparison.Ordinal); at >= 0;)
        {
            if (at == 0 || !ChineseNumeral.IsNumberLetter(body[at - 1]))
            {
                return true;
            }
            var next = before[(at + 1)..].IndexOf(printed, StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }
}
