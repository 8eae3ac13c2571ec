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
        var organisations = OrganisationFinder.Find(body);
        var people = PersonFinder.Find(body, organisations);
        var spans = QuoteSpans.Find(body);
        // A first reading names speakers that no title introduced (“…”张晓莉说。); their later occurrences are
        // people too, and the second reading attributes with all of them.
        QuoteAttributor.Attribute(body, spans, people);
        PersonFinder.AddKnownNames(body, people);
        people.Sort((a, b) => a.CharStart.CompareTo(b.CharStart));
        var quotes = QuoteAttributor.Attribute(body, spans, people);
        organisations.RemoveAll(o => people.Any(p => p.Rule == EntityRules.KnownName && Overlaps(o, p)));
        var places = PlaceFinder.Find(body);
        places.RemoveAll(place => organisations.Concat(people).Any(o => Overlaps(o, place)));

        var mentions = people.Concat(organisations).Concat(places)
            .OrderBy(m => m.CharStart).ThenBy(m => m.Kind).ToList();
        var index = new Dictionary<EntityMention, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < mentions.Count; i++)
        {
            index[mentions[i]] = i;
        }
        var rows = quotes.Select(q => new QuoteMention(
            body[q.Span.TextStart..q.Span.Close], q.Speaker, q.Person is null ? null : index[q.Person], q.Verb, q.Span.TextStart, q.Span.Close, q.Rule)).ToList();
        return new ArticleEntities(mentions, rows);
    }

    private static bool Overlaps(EntityMention a, EntityMention b) => a.CharStart < b.CharEnd && b.CharStart < a.CharEnd;
}
