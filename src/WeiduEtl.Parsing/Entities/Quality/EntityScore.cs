namespace WeiduEtl.Parsing.Entities.Quality;

/// <summary>Counts of one set of pages against their labels, and the rates the targets are stated in.</summary>
public sealed record EntityScore(
    int People, int PeopleFound, int PeopleExtracted, int PeopleExtractedRight, int PeopleTitleAndOrganisationRight,
    int Organisations, int OrganisationsFound, int OrganisationsExtracted, int OrganisationsExtractedRight,
    int Quotes, int QuotesFound, int QuotesExtracted, int QuotesExtractedRight, int SpeakersRight,
    IReadOnlyList<string> NotPeople, IReadOnlyList<string> NotOrganisations, IReadOnlyList<string> Misses, IReadOnlyList<RuleTally> Rules)
{
    public static EntityScore Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, [], [], [], []);

    public double PeopleRecall => Rate(PeopleFound, People);
    public double PeoplePrecision => Rate(PeopleExtractedRight, PeopleExtracted);
    public double TitleAndOrganisationRight => Rate(PeopleTitleAndOrganisationRight, PeopleFound);
    public double OrganisationRecall => Rate(OrganisationsFound, Organisations);
    public double OrganisationPrecision => Rate(OrganisationsExtractedRight, OrganisationsExtracted);
    public double QuotesFoundRate => Rate(QuotesFound, Quotes);
    public double QuotePrecision => Rate(QuotesExtractedRight, QuotesExtracted);
    public double SpeakerRight => Rate(SpeakersRight, QuotesFound);

    public static EntityScore operator +(EntityScore a, EntityScore b) => new(
        a.People + b.People, a.PeopleFound + b.PeopleFound, a.PeopleExtracted + b.PeopleExtracted, a.PeopleExtractedRight + b.PeopleExtractedRight,
        a.PeopleTitleAndOrganisationRight + b.PeopleTitleAndOrganisationRight,
        a.Organisations + b.Organisations, a.OrganisationsFound + b.OrganisationsFound, a.OrganisationsExtracted + b.OrganisationsExtracted,
        a.OrganisationsExtractedRight + b.OrganisationsExtractedRight,
        a.Quotes + b.Quotes, a.QuotesFound + b.QuotesFound, a.QuotesExtracted + b.QuotesExtracted, a.QuotesExtractedRight + b.QuotesExtractedRight,
        a.SpeakersRight + b.SpeakersRight, [.. a.NotPeople, .. b.NotPeople], [.. a.NotOrganisations, .. b.NotOrganisations], [.. a.Misses, .. b.Misses],
        RuleTally.Sum(a.Rules, b.Rules));

    /// <summary>
    /// Every difference from the labels, a line each, page by page: people, titles, organisations and quotations missed
    /// or wrong, then names found that no reader labelled, each with the rule that found it.
    /// </summary>
    public IEnumerable<string> Differences() =>
        Misses.Concat(NotPeople).Concat(NotOrganisations).OrderBy(PageOf, StringComparer.Ordinal);

    private static string PageOf(string difference) => difference[..Math.Max(0, difference.IndexOf(':', StringComparison.Ordinal))];

    public override string ToString() =>
        $"people recall {PeopleRecall:P0} ({PeopleFound}/{People}), precision {PeoplePrecision:P0} ({PeopleExtractedRight}/{PeopleExtracted}), " +
        $"title+organisation right {TitleAndOrganisationRight:P0}; organisations recall {OrganisationRecall:P0} ({OrganisationsFound}/{Organisations}), " +
        $"precision {OrganisationPrecision:P0}; quotes found {QuotesFoundRate:P0} ({QuotesFound}/{Quotes}), precision {QuotePrecision:P0}, " +
        $"right speaker {SpeakerRight:P0} ({SpeakersRight}/{QuotesFound})";

    private static double Rate(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
