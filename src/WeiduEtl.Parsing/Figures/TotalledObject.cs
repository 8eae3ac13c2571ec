namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 完成2000年以前建成的老旧小区改造任务，共计约17万个; 新建一批乡村公共充电桩，合计120个: a clause that is only a word of
/// totalling sums up the object that ends the clause before it, the noun after that clause's last verb or 的.
/// </summary>
internal static class TotalledObject
{
    private static readonly string[] TotalWords = ["共计", "合计", "总计", "总共", "一共", "共", "累计"];

    private static readonly string[] Links = ["达到", "达", "有", "为", "是"];

    private const int ObjectMaxLength = 14;

    /// <summary>Whether the words before the figure in its clause are a word of totalling alone (共计, 合计达).</summary>
    public static bool IsTotal(string clause) => TotalWords.Contains(LabelText.StripEnd(clause, Links));

    /// <summary>The object ending the clause that stands between <paramref name="floor"/> and the comma before <paramref name="clauseStart"/>, or null.</summary>
    public static string? Before(string body, int clauseStart, int floor)
    {
        if (clauseStart < 2 || !LabelWords.IsComma(body, clauseStart - 1))
        {
            return null;
        }
        var end = clauseStart - 1;
        var start = end;
        while (start > 0 && !LabelWords.ClauseBreaks.Contains(body[start - 1], StringComparison.Ordinal))
        {
            start--;
        }
        // A figure inside the clause before is what the total continues, which other rules read.
        if (start < floor)
        {
            return null;
        }
        var thing = LabelText.StripStart(LabelText.AfterLastCut(body[start..end]), LabelWords.LeadingScopes);
        return thing.Length is >= 2 and <= ObjectMaxLength && thing.All(FigureReader.IsHan) ? thing : null;
    }
}
