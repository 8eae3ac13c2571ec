using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// The signature under an order, a letter or a message (某某协会会长 王某某; 主席 张某某 on a line of its own): a post,
/// a space, and a full name the line or another space ends. Two letters there are as often a word as a name, so the
/// name must be three letters. Web pages print the spaces as no-break spaces.
/// </summary>
internal static class SignedNames
{
    private static readonly System.Buffers.SearchValues<char> Spaces = System.Buffers.SearchValues.Create(" \u3000\u00a0");
    private const int NameLength = 3;

    public static void Add(string body, List<EntityMention> found)
    {
        for (var space = body.AsSpan().IndexOfAny(Spaces); space >= 0;)
        {
            var start = space + 1;
            var end = start + NameLength;
            var title = TitleLexicon.CoreLengthEndingAt(body, space);
            if (title > 0 && end <= body.Length && PersonNameReader.NameLengthAt(body, start) == NameLength
                && (end == body.Length || body[end] is ' ' or '\u3000' or '\u00a0' or '\n') && !MentionSpans.AnyOverlapping(found, start, end))
            {
                found.Add(new EntityMention(MentionKind.Person, body[start..end], body[start..end], body[(space - title)..space], null, start, end, EntityRules.TitleName));
            }
            var rest = start < body.Length ? body.AsSpan(start).IndexOfAny(Spaces) : -1;
            space = rest < 0 ? -1 : start + rest;
        }
    }
}
