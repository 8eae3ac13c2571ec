using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A speaker printed only by a post (“…”总书记说; 该局局长说：“…”; 这位书记说) after a person holding that post was named:
/// the post refers back to that person, the latest named before the attribution. A unit after 该 (该局, 该社区) must end
/// the person's organisation; a post with a body of its own (公司经理) names a kind of person, not one named before.
/// </summary>
internal static class PostSpeakers
{
    /// <summary>
    /// Words that refer back to someone named before (该, 这位, 此), and the measure word alone (位|书记), which is what the
    /// speaker's reading keeps when it stops at the demonstrative (这|位书记告诉记者).
    /// </summary>
    private static readonly WordIndex References = HanText.Longest("该", "这位", "这名", "此", "位", "名");

    public static void Name(List<AttributedQuote> quotes, List<EntityMention> people)
    {
        for (var k = 0; k < quotes.Count; k++)
        {
            var quote = quotes[k];
            if (quote is { Person: null, Speaker: { } speaker } && Named(speaker, quote.Span.Open, people) is { } person)
            {
                quotes[k] = quote with { Speaker = person.Name, Person = person, Rule = EntityRules.QuotePostNamed };
            }
        }
    }

    private static EntityMention? Named(string speaker, int before, List<EntityMention> people)
    {
        var (unit, post) = Split(speaker);
        if (post is null)
        {
            return null;
        }
        EntityMention? named = null;
        foreach (var p in people)
        {
            if (p.CharEnd <= before && p.Title is { } title && title.EndsWith(post, StringComparison.Ordinal)
                && (unit.Length == 0 || (p.Organisation?.EndsWith(unit, StringComparison.Ordinal) ?? false))
                && (named is null || p.CharStart > named.CharStart))
            {
                named = p;
            }
        }
        return named;
    }

    /// <summary>The unit after a reference word and the post (该局|局长 → 局, 局长), or no post when the speaker is not one.</summary>
    private static (string Unit, string? Post) Split(string speaker)
    {
        var reference = HanText.WordAt(speaker, 0, References)?.Length ?? 0;
        for (var at = reference; at < speaker.Length; at++)
        {
            if (TitleLexicon.TitleAt(speaker, at) == speaker.Length - at)
            {
                // Without a reference word only the post itself may be printed (总书记说), not a body's post (公司经理说).
                return reference == 0 && at > 0 ? ("", null) : (speaker[reference..at], speaker[at..]);
            }
        }
        return ("", null);
    }
}
