namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// Durations that say how long a deed or a way takes, named by the deed or the way rather than by the words before the
/// number: 要花两天时间才能通过 (通过), 从村里到镇上要走3个小时 (村里到镇上).
/// </summary>
internal static class TimeTaken
{
    private static readonly string[] Afterwards = ["才能", "才可以", "才可", "才", "就能", "就可以", "就", "便能", "便"];

    private static readonly string[] TimeNouns = ["的时间", "时间", "的工夫", "工夫"];

    private const int DeedMaxLength = 8;
    private const int PlaceMaxLength = 8;

    /// <summary>
    /// 要花两天时间才能通过, 用了3年时间就实现脱贫: after a verb of spending time, the deed 才 or 就 introduces, or the deed
    /// opening the next clause (用了两年时间，修通了…), is what the duration is taken by; the deed, when it runs to the
    /// clause's end in at most eight characters without its 了 and after a place framed by 在…上 (就在荒山上种出了林海 → 种出林海),
    /// or its verb when a figure of what was done follows (就建成了200亩茶园 → 建成).
    /// </summary>
    public static string? Deed(string body, string clause, FigureCandidate figure)
    {
        if (!clause.TrimEnd('了').EndsWithAny(LabelWords.SpendingVerbs))
        {
            return null;
        }
        var at = figure.End;
        at += body.WordAt(at, TimeNouns)?.Length ?? 0;
        var nextClause = at < body.Length && LabelWords.IsComma(body, at);
        at += nextClause ? 1 : 0;
        if (body.WordAt(at, Afterwards) is { } afterwards)
        {
            at += afterwards.Length;
        }
        else if (!nextClause)
        {
            return null;
        }
        at = AfterPlace(body, at);
        var end = at;
        while (end < body.Length && FigureReader.IsHan(body[end]))
        {
            end++;
        }
        if (end < body.Length && FigurePatterns.Number().Match(body, end) is { Success: true } done && done.Index == end)
        {
            var verb = body[at..end].TrimEnd('了');
            return verb.Length is >= 2 and <= VerbMaxLength ? verb : null;
        }
        // 就全面恢复了国民经济: the 了 of the deed is no part of its name.
        var deed = body[at..end].Replace("了", "", StringComparison.Ordinal);
        return !nextClause && deed.Length is >= 1 and <= DeedMaxLength && LabelWords.EndsClauseAt(body, end)
            ? deed
            : null;
    }

    private const int PlaceFrameMaxLength = 12;

    /// <summary>
    /// 就在荒山上种出了万亩林海, 就在一片废墟上，建起了新城: a place framed by 在…上/中/里 before the deed says where, not what;
    /// the deed starts after it and its comma.
    /// </summary>
    private static int AfterPlace(string body, int at)
    {
        if (at >= body.Length || body[at] != '在')
        {
            return at;
        }
        var end = body.AsSpan(at, Math.Min(PlaceFrameMaxLength, body.Length - at)).IndexOfAny("上中里");
        if (end <= 1)
        {
            return at;
        }
        // 就在一片废墟上，建起了…: a comma may set the place off from the deed.
        var after = at + end + 1;
        return after < body.Length && LabelWords.IsComma(body, after) ? after + 1 : after;
    }

    private const int VerbMaxLength = 4;

    /// <summary>
    /// 从村里到镇上要走3个小时, 由县城至景区约40公里: a duration or a length after a stretch from one place to another is
    /// how long that stretch takes or runs; the stretch, X到Y.
    /// </summary>
    public static string? Stretch(string clause)
    {
        var from = clause.LastIndexOfAny(['从', '由']);
        if (from < 0)
        {
            return null;
        }
        var to = clause.IndexOfAny(['到', '至'], from + 1);
        if (to < 0 || to - from - 1 is < 1 or > PlaceMaxLength)
        {
            return null;
        }
        var end = to + 1;
        while (end < clause.Length && end - to - 1 < PlaceMaxLength && FigureReader.IsHan(clause[end]) && !StretchEnds.Contains(clause[end], StringComparison.Ordinal))
        {
            end++;
        }
        return end > to + 1 ? clause[(from + 1)..end] : null;
    }

    /// <summary>Characters that end the second place of a stretch: the verbs and adverbs after it (要走, 只需, 约, 需要, 有).</summary>
    private const string StretchEnds = "要需只仅约大有是为开坐乘步走骑驾共全";
}
