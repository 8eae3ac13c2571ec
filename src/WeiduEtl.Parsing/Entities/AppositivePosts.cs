using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A post stated after the name instead of before it (某某某，是某合作社理事长。 某某某是某村党支部书记， 某某今年37岁，是某队队长):
/// a person found without a title takes the post that closes the clause after 是, and the body printed before that post.
/// </summary>
internal static class AppositivePosts
{
    /// <summary>Counters between 是 and the post (是一名队长).</summary>
    private static readonly WordIndex Counters = HanText.Longest("一名", "一位", "一个");
    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create("，。；、！？\n");
    private const char Is = '是';
    private const int MaxClause = 24;
    private const int MinUnnamedBody = 3;

    public static void Apply(string body, List<EntityMention> found, IReadOnlyList<EntityMention> organisations)
    {
        var titled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in found)
        {
            if (m.Title is not null)
            {
                titled.Add(m.Name);
            }
        }
        for (var k = 0; k < found.Count; k++)
        {
            var m = found[k];
            if (m.Kind != MentionKind.Person || titled.Contains(m.Name) || PostAfter(body, m.CharEnd, organisations) is not { } post)
            {
                continue;
            }
            found[k] = m with { Title = post.Title, Organisation = post.Organisation };
            titled.Add(m.Name);
        }
    }

    private static (string Title, string? Organisation)? PostAfter(string body, int at, IReadOnlyList<EntityMention> organisations)
    {
        var pos = SkipAge(body, at);
        if (pos < body.Length && body[pos] == '，')
        {
            pos++;
        }
        if (pos >= body.Length || body[pos] != Is)
        {
            return null;
        }
        pos++;
        pos += HanText.WordAt(body, pos, Counters)?.Length ?? 0;
        var rest = body.AsSpan(pos, Math.Min(MaxClause, body.Length - pos)).IndexOfAny(ClauseEnds);
        if (rest <= 0)
        {
            return null;
        }
        var end = pos + rest;
        for (var titleStart = pos; titleStart < end; titleStart++)
        {
            if (TitleLexicon.TitleAt(body, titleStart) == end - titleStart && !TitleLexicon.IsOccupation(body[titleStart..end]))
            {
                return (body[titleStart..end], BodyBefore(body, pos, titleStart, organisations));
            }
        }
        return null;
    }

    /// <summary>The body printed between 是 and the post: a body already found there, else a name with an institution's ending.</summary>
    private static string? BodyBefore(string body, int from, int titleStart, IReadOnlyList<EntityMention> organisations)
    {
        foreach (var o in organisations)
        {
            if (o.CharEnd == titleStart && o.CharStart >= from)
            {
                return o.Name;
            }
        }
        var start = OrganisationFinder.Start(body, titleStart);
        return start >= from && titleStart - start >= MinUnnamedBody ? body[start..titleStart] : null;
    }

    /// <summary>After 今年45岁 (and a comma), else <paramref name="at"/>.</summary>
    private static int SkipAge(string body, int at)
    {
        const string ThisYear = "今年";
        if (!body.AsSpan(at).StartsWith(ThisYear, StringComparison.Ordinal))
        {
            return at;
        }
        var age = body.IndexOf('岁', at, Math.Min(6, body.Length - at));
        return age < 0 ? at : age + 1;
    }
}
