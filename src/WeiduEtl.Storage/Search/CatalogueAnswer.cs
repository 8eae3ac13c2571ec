namespace WeiduEtl.Storage.Search;

/// <summary>
/// Counts a search's hits over a <see cref="SearchCatalogue"/> in one pass in page order: the total and each facet
/// value's count in arrays by value number, and the row numbers of the page's articles as the pass reaches them.
/// </summary>
internal static class CatalogueAnswer
{
    /// <param name="matches">For each place in the page order, how many of the indexes asked found the article.</param>
    /// <param name="indexes">How many indexes were asked: an article is a hit when every one found it.</param>
    public static (SearchFacets Facets, IReadOnlyList<long> Page) Count(SearchCatalogue catalogue, byte[] matches, int indexes, CatalogueFilter filter, int offset, int limit)
    {
        var columns = new[] { catalogue.Pipelines, catalogue.Months, catalogue.Sections, catalogue.Kinds, catalogue.Reporters };
        var counts = columns.Select(c => new int[c.Values.Count]).ToArray();
        var byRank = columns.Select(c => c.ByRank).ToArray();
        var page = new List<long>(limit);
        var total = 0;
        for (var rank = 0; rank < matches.Length; rank++)
        {
            if (matches[rank] != indexes || !filter.Allows(rank))
            {
                continue;
            }
            if (total >= offset && total < offset + limit)
            {
                page.Add(catalogue.RowidAt(rank));
            }
            total++;
            for (var c = 0; c < columns.Length; c++)
            {
                counts[c][byRank[c][rank]]++;
            }
        }
        var facets = new SearchFacets();
        facets.AddHits(total);
        var names = new[] { "pipeline", "month", "section", "kind" };
        for (var c = 0; c < columns.Length; c++)
        {
            for (var value = 1; value < counts[c].Length; value++)
            {
                if (counts[c][value] == 0)
                {
                    continue;
                }
                if (c < names.Length)
                {
                    facets.Count(names[c], columns[c].Values[value], counts[c][value]);
                }
                else
                {
                    facets.CountReporters(columns[c].Values[value], counts[c][value]);
                }
            }
        }
        return (facets, page);
    }
}
