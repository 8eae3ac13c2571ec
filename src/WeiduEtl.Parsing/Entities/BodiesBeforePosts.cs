namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A body printed without an institution ending as the subject of a clause, right before a post and a name
/// (。某某科技董事长张某说, 据某某数据总经理李某介绍): firms, platforms and bases are named that way (完美世界, 东方金诚),
/// and the post says the words before it are the body it belongs to. Only a run of four letters or more that opens
/// its clause, holds no body already found, and is more than a place or a kind (当地物业, 小区物业) is one; an
/// occupation (著名作家, 村民代表) or a description before a post (资深, 年轻) names no body.
/// </summary>
internal static class BodiesBeforePosts
{
    private const int MinLength = 4;
    private const int MaxLength = 16;
    private static readonly CharSet ClauseMarks = new("，。！？；：\n“”");
    private const char According = '据';
    /// <summary>驻 before a post says where an envoy serves (某国前驻华|大使), not a body.</summary>
    private const char Envoy = '驻';
    /// <summary>第 two letters before a post is its rank (某国第二|副总统), not the end of a body.</summary>
    private const char Ordinal = '第';
    /// <summary>Posts that are also occupations but belong to a body like a post (某基地负责人).</summary>
    private const string Head = "负责人";
    /// <summary>Descriptions of a person printed before a post, not a body's name (国际知名|学者, 年轻|教练).</summary>
    private static readonly string[] Descriptions = ["著名", "知名", "资深", "优秀", "年轻", "青年", "退休", "现任", "时任", "新任", "首任", "前任", "历任", "兼任", "担任", "出任"];

    /// <summary>The rank or field words between a body and its post (某某金诚|首席宏观|分析师): the body ends before them.</summary>
    private static readonly string[] RankLeads = ["首席", "高级", "特聘", "特约"];
    /// <summary>Letters that end a place together with the word before them (某某镇晏家|村支书): the run is a place's name cut short.</summary>
    private static readonly CharSet PlaceLasts = new("村镇乡县区市省州");

    /// <summary>
    /// The body named before the post at <paramref name="titleStart"/>, the run of letters there starting at
    /// <paramref name="runStart"/>: its start and end, null when none is.
    /// </summary>
    public static (int Start, int End)? Before(string body, int runStart, int titleStart, int chainEnd, IReadOnlyList<Core.Parsing.EntityMention> organisations)
    {
        if (PlaceLasts.Contains(body[titleStart]) || (titleStart >= 2 && body[titleStart - 2] == Ordinal) || IsOccupation(body, titleStart, chainEnd))
        {
            return null;
        }
        var end = RankLeadStart(body, runStart, titleStart);
        return StartBefore(body, runStart, end, organisations) is { } start ? (start, end) : null;
    }

    private static int RankLeadStart(string body, int runStart, int titleStart)
    {
        var run = body.AsSpan(runStart, titleStart - runStart);
        foreach (var lead in RankLeads)
        {
            if (run.IndexOf(lead, StringComparison.Ordinal) is > 0 and var at)
            {
                return runStart + at;
            }
        }
        return titleStart;
    }

    private static int? StartBefore(string body, int runStart, int titleStart, IReadOnlyList<Core.Parsing.EntityMention> organisations)
    {
        var length = titleStart - runStart;
        if (length is < MinLength or > MaxLength || !OpensClause(body, runStart) || NameRun.IsReferenceBack(body, runStart)
            || OrganisationSuffixes.SuffixEndingAt(body, titleStart) is not null
            || OrganisationSuffixes.IsOnlyKindName(body.Substring(runStart, length), length)
            || DivisionGazetteer.Shared.MatchAt(body, runStart) >= length || (Countries.At(body, runStart)?.Length ?? 0) >= length
            || HoldsDescription(body, runStart, titleStart) || body.AsSpan(runStart, length).Contains(Envoy))
        {
            return null;
        }
        foreach (var o in organisations)
        {
            if (o.CharStart < titleStart && runStart < o.CharEnd)
            {
                return null;
            }
        }
        return runStart;
    }

    private static bool OpensClause(string body, int at) =>
        at == 0 || ClauseMarks.Contains(body[at - 1]) || (body[at - 1] == According && (at == 1 || ClauseMarks.Contains(body[at - 2])));

    private static bool IsOccupation(string body, int titleStart, int chainEnd)
    {
        var title = body[titleStart..chainEnd];
        return TitleLexicon.IsOccupation(title) && !title.EndsWith(Head, StringComparison.Ordinal);
    }

    private static bool HoldsDescription(string body, int start, int end)
    {
        var run = body.AsSpan(start, end - start);
        foreach (var word in Descriptions)
        {
            if (run.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
