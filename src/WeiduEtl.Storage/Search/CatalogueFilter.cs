namespace WeiduEtl.Storage.Search;

/// <summary>
/// A search's filters over a <see cref="SearchCatalogue"/>: each distinct value of a column is tested once, as the SQL
/// conditions of <see cref="DapperArticleReader"/> test it, and each hit then costs one look-up a filtered column.
/// </summary>
internal sealed class CatalogueFilter
{
    private readonly SearchCatalogue _catalogue;
    private readonly bool[]? _pipelines;
    private readonly bool[]? _dates;
    private readonly bool[]? _sections;
    private readonly bool[]? _kinds;
    private readonly bool[]? _reporters;

    public CatalogueFilter(SearchCatalogue catalogue, SearchFilters filters)
    {
        _catalogue = catalogue;
        if (filters.Pipeline is not null || filters.Pipelines is not null)
        {
            _pipelines = catalogue.Pipelines.Allowed(p =>
                (filters.Pipeline is null || p == filters.Pipeline) && (filters.Pipelines is null || filters.Pipelines.Contains(p, StringComparer.Ordinal)));
        }
        if (filters.From is not null || filters.To is not null || filters.Month is not null)
        {
            _dates = catalogue.Dates.Allowed(d =>
                (filters.From is null || SqliteText.Compare(d, filters.From) >= 0)
                && (filters.To is null || SqliteText.Compare(d, filters.To) <= 0)
                && (filters.Month is null || SqliteText.LikeStartsWith(d, filters.Month + "-")));
        }
        if (filters.Section is { } section)
        {
            _sections = catalogue.Sections.Allowed(s => s == section);
        }
        if (filters.Kind is { } kind)
        {
            _kinds = catalogue.Kinds.Allowed(k => k == kind);
        }
        if (filters.ReporterJson is { } reporter)
        {
            _reporters = catalogue.Reporters.Allowed(r => SqliteText.LikeContains(r, reporter));
        }
    }

    public bool Allows(int rank) =>
        Holds(_pipelines, _catalogue.Pipelines, rank) && Holds(_dates, _catalogue.Dates, rank) && Holds(_sections, _catalogue.Sections, rank)
        && Holds(_kinds, _catalogue.Kinds, rank) && Holds(_reporters, _catalogue.Reporters, rank);

    private static bool Holds(bool[]? allowed, CatalogueColumn column, int rank) => allowed is null || allowed[column.ByRank[rank]];
}
