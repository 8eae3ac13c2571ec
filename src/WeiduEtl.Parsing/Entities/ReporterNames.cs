using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A reporter whom a sentence names as someone who does or says something (某报社某分社记者某某、某网记者某某组成的采访团,
/// 《某周报》记者某某在车站采访, 某新闻网记者某某感叹道): 记者 is the post, the outlet the body, when the outlet is a body the
/// article mentions right before it. A credit (（记者某某）, 本报记者某某, 某日报记者 某某) is no such mention: the outlet that
/// signs one is no mention of a body (<see cref="OrganisationFinder"/>), and a bracket or a space stands between.
/// </summary>
internal static class ReporterNames
{
    private const string Reporter = "记者";

    public static void Add(string body, IReadOnlyList<EntityMention> organisations, List<EntityMention> found)
    {
        for (var at = body.IndexOf(Reporter, StringComparison.Ordinal); at >= 0; at = body.IndexOf(Reporter, at + Reporter.Length, StringComparison.Ordinal))
        {
            var nameStart = at + Reporter.Length;
            if (!HanText.IsHanAt(body, nameStart) || Outlet(body, at, organisations) is not { } outlet)
            {
                continue;
            }
            var names = PersonFinder.ReadNames(body, nameStart, introduced: true);
            if (names.Count == 0)
            {
                continue;
            }
            var (start, end) = names[0];
            // A dotted name's first part (费利克斯|·李) is the dotted-name reading's; a surname and two letters after an
            // outlet's reporter are a name whatever follows (某网记者某某某|组成的…), two letters only before a predicate, and
            // so are three whose first two make a word (记者|常年|驻村: an adverb, no surname and name).
            var fullName = end - start == 3 && Surnames.IsSurname(body[start]) && CommonWords.Find(body.AsSpan(start, 2)) is null;
            if (MentionSpans.AnyOverlapping(found, start, end) || (end < body.Length && DottedNames.DotChars.Contains(body[end]))
                || (HanText.IsHanAt(body, end) && !fullName && !PersonNameReader.StartsPredicate(body, end)))
            {
                continue;
            }
            // The mention opens at 记者: the outlet stays a mention of its own, which the speaker's reading looks back to.
            var from = at;
            found.Add(new EntityMention(MentionKind.Person, body[from..end], body[start..end], Reporter, body[outlet.Start..outlet.End], from, end, EntityRules.TitleName));
        }
    }

    /// <summary>The outlet that ends right before 记者 at <paramref name="at"/>: a body the article mentions, or a paper in book marks.</summary>
    private static (int Start, int End)? Outlet(string body, int at, IReadOnlyList<EntityMention> organisations)
    {
        if (PublicationTitles.StartEndingAt(body, at) is { } open)
        {
            return (open, at);
        }
        foreach (var o in organisations)
        {
            if (o.CharEnd == at && o.Kind == MentionKind.Organisation)
            {
                return (o.CharStart, o.CharEnd);
            }
        }
        return null;
    }
}
