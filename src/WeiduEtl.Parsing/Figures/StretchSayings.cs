namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 一天当两天用、两天当三天使, 一个人当两个人用, 把一天当成两天过: a count set against another of the same unit (and noun)
/// across 当 and closed by a verb of using says how hard something is stretched, a saying, not two counts.
/// </summary>
internal static class StretchSayings
{
    private static readonly string[] Links = ["当成", "当作", "当做", "当"];

    private const string Uses = "用使过花干";

    private const int NumberMaxLength = 4;

    private const int NounMaxLength = 2;

    public static bool IsSaying(string body, FigureCandidate figure)
    {
        if (figure.Unit is not { Length: > 0 } unit || figure.Start != figure.NumberStart)
        {
            return false;
        }
        for (var noun = 0; noun <= NounMaxLength && figure.End + noun <= body.Length; noun++)
        {
            var counted = unit + body[figure.End..(figure.End + noun)];
            if (noun > 0 && !FigureReader.IsHan(body[figure.End + noun - 1]))
            {
                return false;
            }
            if (OtherSideAfter(body, figure.End + noun, counted) || IsUsedAt(body, figure.End + noun) && OtherSideBefore(body, figure.Start, counted))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>当, a number and the same unit and noun, then a verb of using, at <paramref name="end"/> (两天|当三天使).</summary>
    private static bool OtherSideAfter(string body, int end, string counted)
    {
        if (body.WordAt(end, Links) is not { } link)
        {
            return false;
        }
        var at = end + link.Length;
        var digits = 0;
        while (at < body.Length && digits < NumberMaxLength && ChineseNumeral.IsNumberLetter(body[at]))
        {
            at++;
            digits++;
        }
        return digits > 0 && body.AsSpan(at).StartsWith(counted, StringComparison.Ordinal) && IsUsedAt(body, at + counted.Length);
    }

    /// <summary>A number, the same unit and noun, and 当 right before the figure (一天当|两天用).</summary>
    private static bool OtherSideBefore(string body, int start, string counted)
    {
        foreach (var link in Links)
        {
            var countedEnd = start - link.Length;
            var countedStart = countedEnd - counted.Length;
            if (countedStart > 0 && body.AsSpan(countedEnd, link.Length).SequenceEqual(link)
                && body.AsSpan(countedStart, counted.Length).SequenceEqual(counted))
            {
                return ChineseNumeral.IsNumberLetter(body[countedStart - 1]);
            }
        }
        return false;
    }

    private static bool IsUsedAt(string body, int at) => at < body.Length && Uses.Contains(body[at], StringComparison.Ordinal);
}
