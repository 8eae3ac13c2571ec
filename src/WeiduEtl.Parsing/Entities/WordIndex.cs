namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A word list indexed by first and last character, longest first, so that looking for a word at each position of a
/// body costs a bit test, and a dictionary lookup only where some word starts, instead of a comparison with every word.
/// </summary>
internal sealed class WordIndex
{
    public WordIndex(IEnumerable<string> words)
    {
        Words = [.. words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal)];
        ByFirst = Group(w => w[0]);
        ByLast = Group(w => w[^1]);
        Firsts = new CharSet(ByFirst.Keys);
        Lasts = new CharSet(ByLast.Keys);
    }

    /// <summary>The characters some word starts with: most letters of a body start none, and are passed over without a lookup.</summary>
    public CharSet Firsts { get; }

    /// <summary>The characters some word ends with.</summary>
    public CharSet Lasts { get; }

    public IReadOnlyList<string> Words { get; }

    public Dictionary<char, string[]> ByFirst { get; }

    public Dictionary<char, string[]> ByLast { get; }

    private Dictionary<char, string[]> Group(Func<string, char> key) =>
        Words.GroupBy(key).ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).ToArray());
}
