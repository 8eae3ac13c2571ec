using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Finds people, organisations, places and quotations in an article body with rules on the grammar of Chinese news
/// writing: organisations by institution endings (<see cref="OrganisationFinder"/>), places by the vendored
/// division list and place endings (<see cref="PlaceFinder"/>), people by title chains, lists and introductions
/// (<see cref="PersonFinder"/>), and quotations with their speakers (<see cref="QuoteSpans"/>, <see cref="QuoteAttributor"/>).
/// </summary>
/// <remarks>
/// A place inside an organisation's or person's span (魏都区 in 魏都区民政局) is not a mention of its own, and an
/// organisation inside a person's span is kept (the person's organisation is also an organisation named).
/// Offsets are UTF-16 code units of the body, so <c>body[CharStart..CharEnd] == Text</c>.
/// </remarks>
public sealed class RuleBasedEntityExtractor : IEntityExtractor
{
    public ArticleEntities Extract(string body)
    {
        // The rules read the body with a web copy's ASCII closing marks as ” (AsciiQuoteCloses); rows keep the printed text.
        var printed = body;
        body = AsciiQuoteCloses.Paired(printed);
        var organisations = OrganisationFinder.Find(body);
        var places = PlaceFinder.Find(body);
        var people = PersonFinder.Find(body, organisations, places);
        var spans = QuoteSpans.Find(body);
        // A first reading names speakers that no title introduced (“…”张晓莉说。); their later occurrences are
        // people too, and the second reading attributes with all of them.
        // When the first reading names no one new, it is already the answer: attributing twice cost a tenth of the extraction.
        MentionSpans.SortByStart(people);
        var introduced = people.Count;
        var quotes = spans.Count > 0 ? QuoteAttributor.Attribute(body, spans, people, organisations) : [];
        if (people.Count > introduced)
        {
            PersonFinder.AddKnownNames(body, people);
            MentionSpans.SortByStart(people);
            quotes = QuoteAttributor.Attribute(body, spans, people, organisations);
        }
        var knownNames = people.FindAll(p => p.Rule == EntityRules.KnownName);
        organisations.RemoveAll(o => MentionSpans.AnyOverlapping(knownNames, o.CharStart, o.CharEnd));
        places.RemoveAll(place => MentionSpans.AnyOverlapping(organisations, place.CharStart, place.CharEnd)
            || MentionSpans.AnyOverlapping(people, place.CharStart, place.CharEnd));

        var mentions = InBodyOrder(people, organisations, places);
        var rows = quotes.Select(q => new QuoteMention(
            printed[q.Span.TextStart..q.Span.Close], q.Speaker, q.Person is null ? null : IndexOf(mentions, q.Person), q.Verb, q.Span.TextStart, q.Span.Close, q.Rule)).ToList();
        if (!ReferenceEquals(body, printed))
        {
            // Rows name their speaker by index, so a mention is replaced in place.
            mentions = mentions.ConvertAll(m => m.Text.Contains('”', StringComparison.Ordinal) ? m with { Text = printed[m.CharStart..m.CharEnd] } : m);
        }
        return new ArticleEntities(mentions, rows);
    }

    /// <summary>Mentions by start, then kind, then the order found (a stable sort by keys, not LINQ's comparers of enums).</summary>
    private static List<EntityMention> InBodyOrder(params List<EntityMention>[] lists)
    {
        var all = lists.SelectMany(l => l).ToArray();
        var keys = new long[all.Length];
        for (var k = 0; k < all.Length; k++)
        {
            keys[k] = ((long)all[k].CharStart << 32) | ((long)all[k].Kind << 24) | (uint)k;
        }
        Array.Sort(keys, all);
        return [.. all];
    }

    /// <summary>Where this very mention is in the list (by reference: two mentions of the same name are two rows).</summary>
    private static int IndexOf(List<EntityMention> mentions, EntityMention mention)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (ReferenceEquals(mentions[k], mention))
            {
                return k;
            }
        }
        throw new InvalidOperationException($"The speaker {mention.Name} at {mention.CharStart} is not among the article's mentions.");
    }
}
