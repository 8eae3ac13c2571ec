namespace WeiduEtl.Quality;

/// <summary>The scores of one rendering of a corpus, per page, with totals for the days used in writing rules and
/// for the held-out days apart.</summary>
public sealed record SetQuality(string Set, IReadOnlyList<PageQuality> Pages, IReadOnlySet<DateOnly> HeldOutDays)
{
    public QualityCounts Total => Sum(Pages);
    public QualityCounts HeldOut => Sum(Pages.Where(p => HeldOutDays.Contains(p.Date)));
    public QualityCounts RuleWriting => Sum(Pages.Where(p => !HeldOutDays.Contains(p.Date)));

    private static QualityCounts Sum(IEnumerable<PageQuality> pages) => pages.Select(p => p.Counts).Aggregate(QualityCounts.Zero, QualityCounts.Add);
}
