using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities.Quality;

/// <summary>
/// Scores what the extractor finds on a page's article bodies against a reader's labels of that page.
/// People and organisations are compared by name per page; a person's title and organisation are right when the
/// mention that introduces them (the one with the most detail) agrees with the label, one containing the other
/// (a label 处长 agrees with 联络员、处长). A quotation is found when an extracted one starts as labelled; its
/// speaker is right when equal to the label, or one contains the other (业主 and 珑川府小区业主), null with null.
/// </summary>
public static class EntityScorer
{
    public static EntityScore Score(EntityLabelSet labels, IReadOnlyList<ArticleEntities> articles)
    {
        var mentions = articles.SelectMany(a => a.Mentions).ToList();
        var people = mentions.Where(m => m.Kind == MentionKind.Person).GroupBy(m => m.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(m => (m.Title is null ? 0 : 2) + (m.Organisation is null ? 0 : 1)).First(), StringComparer.Ordinal);
        var organisations = mentions.Where(m => m.Kind == MentionKind.Organisation).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var quotes = articles.SelectMany(a => a.Quotes).ToList();

        var labelledNames = labels.People.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var labelledOrganisations = labels.Organisations.ToHashSet(StringComparer.Ordinal);
        var found = labels.People.Where(p => people.ContainsKey(p.Name)).ToList();
        var quotesFound = labels.Quotes.Select(l => (Label: l, Quote: quotes.FirstOrDefault(q => q.Text.StartsWith(l.Start, StringComparison.Ordinal)))).Where(x => x.Quote is not null).ToList();

        return new EntityScore(
            labels.People.Count, found.Count, people.Count, people.Keys.Count(labelledNames.Contains),
            found.Count(p => Agrees(p.Title, people[p.Name].Title) && Agrees(p.Organisation, people[p.Name].Organisation)),
            labelledOrganisations.Count, labelledOrganisations.Count(organisations.Contains), organisations.Count, organisations.Count(labelledOrganisations.Contains),
            labels.Quotes.Count, quotesFound.Count, quotes.Count, quotes.Count(q => labels.Quotes.Any(l => q.Text.StartsWith(l.Start, StringComparison.Ordinal))),
            quotesFound.Count(x => Agrees(x.Label.Speaker, x.Quote!.Speaker)),
            [.. people.Values.Where(m => !labelledNames.Contains(m.Name)).Select(m => $"{labels.Page}: not a person {m.Name} ({m.Rule})")],
            [.. mentions.Where(m => m.Kind == MentionKind.Organisation && !labelledOrganisations.Contains(m.Name)).DistinctBy(m => m.Name)
                .OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => $"{labels.Page}: not an organisation {m.Name} ({m.Rule})")],
            [.. Misses(labels, people, organisations, quotes)],
            [.. Tallies(mentions, labelledNames, labelledOrganisations), .. QuoteTallies(labels, quotes)]);
    }

    /// <summary>Each rule's distinct names on the page, and those a reader labelled.</summary>
    private static IEnumerable<RuleTally> Tallies(List<EntityMention> mentions, HashSet<string> labelledNames, HashSet<string> labelledOrganisations) =>
        mentions.Where(m => m.Kind is MentionKind.Person or MentionKind.Organisation)
            .Select(m => (Kind: m.Kind == MentionKind.Person ? "person" : "organisation", m.Rule, m.Name)).Distinct()
            .GroupBy(m => (m.Kind, m.Rule))
            .Select(g => new RuleTally(g.Key.Kind, g.Key.Rule, g.Count(),
                g.Count(m => (g.Key.Kind == "person" ? labelledNames : labelledOrganisations).Contains(m.Name))));

    /// <summary>
    /// Each attribution rule's quotations: those that are labelled quotations (quote), and of them those whose speaker
    /// agrees with the label (speaker). A label is matched to the first quotation starting as it, as the totals match it,
    /// so that a rule's counts add up to them.
    /// </summary>
    private static IEnumerable<RuleTally> QuoteTallies(EntityLabelSet labels, List<QuoteMention> quotes)
    {
        var labelOf = new Dictionary<QuoteMention, LabelledQuote>(ReferenceEqualityComparer.Instance);
        foreach (var label in labels.Quotes)
        {
            if (quotes.FirstOrDefault(q => q.Text.StartsWith(label.Start, StringComparison.Ordinal)) is { } quote)
            {
                labelOf.TryAdd(quote, label);
            }
        }
        foreach (var rule in quotes.GroupBy(q => q.Rule))
        {
            var labelled = rule.Where(labelOf.ContainsKey).ToList();
            yield return new RuleTally("quote", rule.Key, rule.Count(), labelled.Count);
            if (labelled.Count > 0)
            {
                yield return new RuleTally("speaker", rule.Key, labelled.Count, labelled.Count(q => Agrees(labelOf[q].Speaker, q.Speaker)));
            }
        }
    }

    /// <summary>What a reader of the report needs to find each loss: missed people, wrong titles, missed organisations and quotes, wrong speakers.</summary>
    private static IEnumerable<string> Misses(EntityLabelSet labels, Dictionary<string, EntityMention> people, HashSet<string> organisations, List<QuoteMention> quotes)
    {
        foreach (var p in labels.People)
        {
            if (!people.TryGetValue(p.Name, out var m))
            {
                yield return $"{labels.Page}: person missed {p.Name}";
            }
            else if (!Agrees(p.Title, m.Title) || !Agrees(p.Organisation, m.Organisation))
            {
                yield return $"{labels.Page}: {p.Name} labelled {p.Title ?? "-"}/{p.Organisation ?? "-"}, found {m.Title ?? "-"}/{m.Organisation ?? "-"} ({m.Rule})";
            }
        }
        foreach (var o in labels.Organisations.Where(o => !organisations.Contains(o)))
        {
            yield return $"{labels.Page}: organisation missed {o}";
        }
        foreach (var q in labels.Quotes)
        {
            var found = quotes.FirstOrDefault(x => x.Text.StartsWith(q.Start, StringComparison.Ordinal));
            if (found is null)
            {
                yield return $"{labels.Page}: quote missed {q.Start}";
            }
            else if (!Agrees(q.Speaker, found.Speaker))
            {
                yield return $"{labels.Page}: quote {q.Start} said by {q.Speaker ?? "no one named"}, found {found.Speaker ?? "no speaker"} ({found.Rule})";
            }
        }
    }

    private static bool Agrees(string? label, string? found) =>
        label is null ? found is null : found is not null && (label.Contains(found, StringComparison.Ordinal) || found.Contains(label, StringComparison.Ordinal));
}
