namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// A share whose clause names only 占比 (…，占比79.6%; …，分别占比65%和61.9%) is the share of what the clause before
/// it names: the complement of its 是 (最常采取的措施是联系银行冻结账号 → 联系银行冻结账号), else its words up to the
/// first verb. A list there (存在安全隐患和商户不支持) stays whole here; <see cref="RespectiveLabels"/> pairs its items with
/// the figures when 分别 lists as many.
/// </summary>
internal static class ShareLabel
{
    private const int MaxLength = 24;

    /// <summary>The noun phrase the share is of, or null when the clause before does not end in a comma or names nothing.</summary>
    public static string? Find(string body, int clauseStart, int floor)
    {
        if (clauseStart < 2 || clauseStart - 1 <= floor || !LabelWords.IsComma(body, clauseStart - 1))
        {
            return null;
        }
        var start = Math.Max(floor, body.AsSpan(0, clauseStart - 1).LastIndexOfAny(LabelWords.ClauseBreaksOutsideLists) + 1);
        var previous = body[start..(clauseStart - 1)];
        var copula = previous.LastIndexOf('是');
        var named = copula >= 0 ? previous[(copula + 1)..] : LabelText.BeforeFirstCut(previous);
        return named.Length is >= 2 and <= MaxLength ? named : null;
    }
}
