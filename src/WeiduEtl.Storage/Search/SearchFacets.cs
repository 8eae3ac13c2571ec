using System.Text.Json;

namespace WeiduEtl.Storage.Search;

/// <summary>
/// The five facets of a search and its total counted from one reading of its hits (<see cref="SearchSql.FacetRows"/>)
/// instead of one a facet: at 100,000 articles a letter as common as 的 has 95,000 hits, and each GROUP BY of them
/// cost SQLite 25–35 ms of CPU. Each facet shows its <see cref="Shown"/> largest values, ties in ordinal order.
/// </summary>
internal sealed class SearchFacets
{
    public const int Shown = 20;

    private readonly Dictionary<string, Dictionary<string, int>> _counts = ArticleSearchResult.FacetNames.ToDictionary(n => n, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>A JSON array of reporters is read once however many groups hold it.</summary>
    private readonly Dictionary<string, string[]> _reporters = new(StringComparer.Ordinal);

    public int Total { get; private set; }

    /// <summary>Counts <paramref name="articles"/> hits having these values; a null value is no value of its facet.</summary>
    public void Add(string? pipeline, string? month, string? section, string? kind, string? reporters, int articles)
    {
        Total += articles;
        Count("pipeline", pipeline, articles);
        Count("month", month, articles);
        Count("section", section, articles);
        Count("kind", kind, articles);
        CountReporters(reporters, articles);
    }

    /// <summary>Counts hits already counted by value elsewhere (<see cref="CatalogueAnswer"/>): their number, then each value's.</summary>
    public void AddHits(int articles) => Total += articles;

    /// <summary><paramref name="articles"/> hits have <paramref name="value"/> in <paramref name="facet"/>; null is no value.</summary>
    public void Count(string facet, string? value, int articles)
    {
        if (value is not null)
        {
            var values = _counts[facet];
            values[value] = values.GetValueOrDefault(value) + articles;
        }
    }

    /// <summary><paramref name="articles"/> hits have this JSON array of reporters: each name in it counts.</summary>
    public void CountReporters(string? reporters, int articles)
    {
        if (reporters is null)
        {
            return;
        }
        if (!_reporters.TryGetValue(reporters, out var names))
        {
            names = JsonSerializer.Deserialize<string?[]>(reporters, StorageJson.Options)?.OfType<string>().ToArray() ?? [];
            _reporters[reporters] = names;
        }
        foreach (var name in names)
        {
            Count("reporter", name, articles);
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Largest() => _counts.ToDictionary(
        f => f.Key,
        f => (IReadOnlyList<FacetValue>)[.. f.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Take(Shown).Select(v => new FacetValue(v.Key, v.Value))],
        StringComparer.Ordinal);
}
