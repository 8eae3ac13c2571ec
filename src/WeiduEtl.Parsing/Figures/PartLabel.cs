namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// A clause that names only a part of what the figure before it counted, in the same unit (其中主城区1800个 after 建成5G基站
/// 3200个; 、黄石至安庆段由4.5米 after 航道维护水深由4.5米): the figure measures the same thing for that part, so its label is
/// the part with the previous subject's noun (主城区5G基站, 黄石至安庆段水深).
/// </summary>
internal static class PartLabel
{
    /// <summary>Endings of a place, a stretch or a part of a whole.</summary>
    private static readonly string[] PartEnds = ["段", "区", "市", "省", "县", "镇", "乡", "村", "港", "州", "国", "城区", "地区", "部分", "方面"];

    private const int PartMaxLength = 8;
    private const int NounMaxLength = 8;

    /// <param name="body">The article body.</param>
    /// <param name="clauseStart">Where the figure's clause starts.</param>
    /// <param name="subject">The subject the clause's own words give.</param>
    public static string? Find(string body, int clauseStart, string subject, FigureCandidate figure, LabelContext context)
    {
        if (context.PreviousSubject is not { } previous || context.PreviousUnit != figure.Unit || subject.Length > PartMaxLength
            || body.AsSpan(context.Floor, clauseStart - context.Floor).IndexOfAny(LabelWords.SentenceBreaks) >= 0
            || LabelWords.MeasureNouns.Any(n => subject.Contains(n, StringComparison.Ordinal))
            || previous.StartsWith(subject, StringComparison.Ordinal) || IsPart(previous))
        {
            return null;
        }
        var afterQizhong = body.AsSpan(0, clauseStart).TrimEnd("，,: ：").EndsWith("其中", StringComparison.Ordinal)
            || body.AsSpan(clauseStart).StartsWith("其中", StringComparison.Ordinal);
        if (!afterQizhong && !IsPart(subject))
        {
            return null;
        }
        var noun = LabelWords.MeasureNouns.FirstOrDefault(n => previous.EndsWith(n, StringComparison.Ordinal))
            ?? (previous.Length <= NounMaxLength ? previous : null);
        // 其中女运动员12名, 其中公共停车位1200个 (after 新建停车位3000个): a part that already names the noun is a label of its own.
        return noun is null || subject.Contains(noun, StringComparison.Ordinal) || SharesHead(subject, noun) ? null : subject + noun;
    }

    /// <summary>Whether two noun phrases end in the same word of two letters or more (公共停车位, 新建停车位).</summary>
    private static bool SharesHead(string subject, string noun) =>
        subject.Length >= HeadMinLength && noun.Length >= HeadMinLength
        && subject.AsSpan(subject.Length - HeadMinLength).SequenceEqual(noun.AsSpan(noun.Length - HeadMinLength));

    private const int HeadMinLength = 2;

    private static bool IsPart(string words) => words.EndsWithAny(PartEnds);
}
