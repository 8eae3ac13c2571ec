namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 推出“1元菜”…还有1元菜, 用“3个百分之百”来形容…百分之百的村民: a short term the article has set in quotation marks that is built on
/// a number stays a name when it comes back without the marks. The figure repeats the quoted term when the term starts at its
/// number and runs on past its unit (1元菜), or when the term counts the figure as one of a set of sayings (3个百分之百, 两个一百年).
/// A figure printed alone in the marks (“2万元”) or a term the figure does not start (“菜价1元”) is no name.
/// </summary>
internal static class QuotedTerms
{
    private const int TermMaxLength = 12;

    public static bool RepeatsQuotedTerm(string body, FigureCandidate figure)
    {
        if (figure.Start != figure.NumberStart || figure.End <= figure.Start)
        {
            return false;
        }
        var text = body.AsSpan(figure.Start, figure.End - figure.Start);
        for (var open = body.IndexOf('“'); open >= 0; open = body.IndexOf('“', open + 1))
        {
            var close = body.IndexOf('”', open + 1);
            if (close < 0)
            {
                break;
            }
            var term = body.AsSpan(open + 1, close - open - 1);
            if (term.Length > TermMaxLength || term.Length <= text.Length || !ChineseNumeral.IsNumberLetter(term[0]))
            {
                continue;
            }
            if (figure.Start != open + 1 && (body.AsSpan(figure.Start).StartsWith(term, StringComparison.Ordinal) || CountsSaying(term, text)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>3个百分之百: a numeral and 个, then exactly the figure.</summary>
    private static bool CountsSaying(ReadOnlySpan<char> term, ReadOnlySpan<char> figure)
    {
        if (!term.EndsWith(figure, StringComparison.Ordinal))
        {
            return false;
        }
        var count = term[..^figure.Length];
        return count.Length >= 2 && count[^1] == '个' && count[..^1].IndexOfAnyExcept(NumberLetters) < 0;
    }

    private static readonly System.Buffers.SearchValues<char> NumberLetters =
        System.Buffers.SearchValues.Create("0123456789零〇一二两三四五六七八九十百千万");
}
