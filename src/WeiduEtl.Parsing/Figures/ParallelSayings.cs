using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 一千个读者就有一千个哈姆雷特, 一百个居民就有一百种需求: the same number on both sides of 就有 says "each one has their
/// own", a saying, not two counts. Different numbers (每100人中就有3人) are a rate whose figures stay.
/// </summary>
internal static class ParallelSayings
{
    private const string Link = "就有";

    private const int SideMaxLength = 8;

    public static bool IsSaying(string body, FigureCandidate figure)
    {
        if (figure.Start != figure.NumberStart || figure.Qualifier != FigureQualifier.Exact)
        {
            return false;
        }
        var number = figure.NumberText;
        var link = body.IndexOf(Link, figure.End, Math.Min(SideMaxLength, body.Length - figure.End), StringComparison.Ordinal);
        if (link >= 0 && !HasClauseBreak(body, figure.End, link) && body.AsSpan(link + Link.Length).StartsWith(number, StringComparison.Ordinal))
        {
            return true;
        }
        if (!body.AsSpan(0, figure.Start).EndsWith(Link, StringComparison.Ordinal))
        {
            return false;
        }
        var sideStart = Math.Max(0, figure.Start - Link.Length - SideMaxLength);
        var side = body.AsSpan(sideStart, figure.Start - Link.Length - sideStart);
        var at = side.LastIndexOf(number, StringComparison.Ordinal);
        return at >= 0 && side[at..].IndexOfAny(LabelWords.ClauseBreakSet) < 0
            && (sideStart + at == 0 || !ChineseNumeral.IsNumberLetter(body[sideStart + at - 1]));
    }

    private static bool HasClauseBreak(string body, int from, int to) => body.AsSpan(from, to - from).IndexOfAny(LabelWords.ClauseBreakSet) >= 0;
}
