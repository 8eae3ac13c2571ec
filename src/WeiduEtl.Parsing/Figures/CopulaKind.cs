namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 剩下110万元是地方配套的, 其中300万元是企业自筹的: a 是…的 closing the clause right after a figure says what kind of
/// thing the figure counts (地方配套, 企业自筹).
/// </summary>
internal static class CopulaKind
{
    private const int MaxLength = 8;

    /// <summary>The words between 是 and 的 after <paramref name="end"/>, or null when no such 是…的 closes the clause there.</summary>
    public static string? After(string body, int end)
    {
        if (end >= body.Length || body[end] != '是')
        {
            return null;
        }
        var close = end + 1;
        while (close < body.Length && close - end - 1 <= MaxLength && FigureReader.IsHan(body[close]) && !ChineseNumeral.IsChineseDigit(body[close]))
        {
            close++;
        }
        // The run stops at a clause break; its last character must be the 的 that closes the 是…的.
        return close - end - 1 is >= 3 and <= MaxLength + 1 && body[close - 1] == '的'
            && LabelWords.EndsClauseAt(body, close)
            ? body[(end + 1)..(close - 1)]
            : null;
    }
}
