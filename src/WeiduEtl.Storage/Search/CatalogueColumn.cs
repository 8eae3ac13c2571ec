namespace WeiduEtl.Storage.Search;

/// <summary>
/// One facet column of <see cref="SearchCatalogue"/>: each distinct value once (number 0 is no value, NULL) and the
/// number of each article's value, in page order.
/// </summary>
internal sealed class CatalogueColumn
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string?> _values = [null];
    private readonly List<int> _byRank = [];

    /// <summary>The distinct values by number; the first is null.</summary>
    public IReadOnlyList<string?> Values => _values;

    /// <summary>The number of the value of the article at each place of the page order.</summary>
    public int[] ByRank { get; private set; } = [];

    public void Add(string? value)
    {
        if (value is null)
        {
            _byRank.Add(0);
            return;
        }
        if (!_numbers.TryGetValue(value, out var number))
        {
            number = _values.Count;
            _numbers[value] = number;
            _values.Add(value);
        }
        _byRank.Add(number);
    }

    /// <summary>Ends the adding: the numbers become one array, read for every hit.</summary>
    public void Seal()
    {
        ByRank = [.. _byRank];
        _byRank.Clear();
        _byRank.TrimExcess();
        _numbers.Clear();
        _numbers.TrimExcess();
    }

    /// <summary>For each value by number, whether <paramref name="allows"/> holds for it; false for no value.</summary>
    public bool[] Allowed(Func<string, bool> allows) => [.. _values.Select(v => v is not null && allows(v))];
}
