using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// The source a report was learnt from (记者从某某油田获悉, 从某某集团了解到): what stands between 从 and a verb of
/// learning is a body, however it ends, unless it is a meeting, a place of speaking or a person's side (从会上, 从他那里,
/// 从张某处), a kind (从有关部门) or a person.
/// </summary>
internal static class SourceBodies
{
    private const int MinLength = 2;
    private const int MaxLength = 14;
    private const char From = '从';
    private static readonly string[] Verbs = ["获悉", "了解到", "得知"];
    /// <summary>Last letters of a meeting, a side or a place inside something (会上, 那里, 处, 中, 方面), not a body.</summary>
    private static readonly CharSet PlaceLasts = new("上里处中面内");
    /// <summary>Words of a source that says no body (有关部门, 相关人士, 知情人, 渠道, 记者).</summary>
    private static readonly string[] NoBody = ["有关", "相关", "部门", "人士", "知情", "渠道", "记者", "消息", "网上", "媒体"];

    public static void AddTo(string body, List<EntityMention> found)
    {
        var added = false;
        foreach (var verb in Verbs)
        {
            for (var at = body.IndexOf(verb, StringComparison.Ordinal); at > 0; at = body.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
            {
                if (SourceBefore(body, at, found) is { } start)
                {
                    found.Add(new EntityMention(MentionKind.Organisation, body[start..at], body[start..at], null, null, start, at, EntityRules.SourceBody));
                    added = true;
                }
            }
        }
        if (added)
        {
            MentionSpans.SortByStart(found);
        }
    }

    private static int? SourceBefore(string body, int verb, List<EntityMention> found)
    {
        var start = verb;
        while (start > 0 && verb - start <= MaxLength && body[start - 1] != From && (HanText.IsHan(body[start - 1]) || char.IsAsciiLetterOrDigit(body[start - 1])))
        {
            start--;
        }
        var length = verb - start;
        if (start == 0 || body[start - 1] != From || length is < MinLength or > MaxLength || PlaceLasts.Contains(body[verb - 1])
            || MentionSpans.AnyOverlapping(found, start, verb) || OrganisationSuffixes.IsOnlyKindName(body.Substring(start, length), length)
            || DivisionGazetteer.Shared.MatchAt(body, start) >= length || PersonNameReader.NameLengthAt(body, start) >= length || HoldsNoBodyWord(body, start, verb))
        {
            return null;
        }
        return start;
    }

    private static bool HoldsNoBodyWord(string body, int start, int end)
    {
        var run = body.AsSpan(start, end - start);
        foreach (var word in NoBody)
        {
            if (run.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
