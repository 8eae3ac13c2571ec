using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A place's police named by the place alone and 警方 or 公安 (某市警方, 山东某市警方, 某县公安“夏季行动”): the police of that
/// place, a body, though it has no institution ending. The place is one or more divisions, a county's or a district's
/// named short as a paper names it (郸城 of 郸城县). 公安 goes on into a body's or a worker's name too often (公安局, 公安民警,
/// 公安机关): it ends a name only before a break, a quotation mark, a possessive or a conjunction.
/// </summary>
internal static class PlacePolice
{
    private static readonly string[] Endings = ["警方", "公安"];
    private static readonly string[] CountyEndings = ["县", "区", "市", "旗"];
    private static readonly CharSet AfterPublicSecurity = new("的和与及、“");
    private const int ShortForm = 2;

    public static void AddTo(string body, List<EntityMention> found)
    {
        var added = false;
        foreach (var ending in Endings)
        {
            for (var at = body.IndexOf(ending, StringComparison.Ordinal); at > 0; at = body.IndexOf(ending, at + ending.Length, StringComparison.Ordinal))
            {
                var end = at + ending.Length;
                if (ending == "公安" && end < body.Length && !AfterPublicSecurity.Contains(body[end]) && (HanText.IsHan(body[end]) || char.IsLetterOrDigit(body[end])))
                {
                    continue;
                }
                var start = PlacesBefore(body, at);
                if (start < at && !MentionSpans.AnyOverlapping(found, start, end))
                {
                    found.Add(new EntityMention(MentionKind.Organisation, body[start..end], body[start..end], null, null, start, end, EntityRules.PlacePolice));
                    added = true;
                }
            }
        }
        if (added)
        {
            MentionSpans.SortByStart(found);
        }
    }

    /// <summary>Where the run of divisions that ends at <paramref name="end"/> opens; <paramref name="end"/> when none ends there.</summary>
    private static int PlacesBefore(string body, int end)
    {
        var start = end;
        while (PlaceEndingAt(body, start) is var length && length > 0)
        {
            start -= length;
        }
        return start;
    }

    /// <summary>The length of the division ending at <paramref name="end"/>, its full name or a county's short form; 0 when none.</summary>
    private static int PlaceEndingAt(string body, int end)
    {
        for (var at = Math.Max(0, end - 8); at < end - 1; at++)
        {
            if (DivisionGazetteer.Shared.MatchAt(body, at) == end - at)
            {
                return end - at;
            }
        }
        if (end >= ShortForm && HanText.IsHan(body[end - 2]) && HanText.IsHan(body[end - 1]))
        {
            foreach (var county in CountyEndings)
            {
                if (DivisionGazetteer.Shared.MatchAt(string.Concat(body.AsSpan(end - ShortForm, ShortForm), county), 0) == ShortForm + 1)
                {
                    return ShortForm;
                }
            }
        }
        return 0;
    }
}
