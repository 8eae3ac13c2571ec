namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A word list indexed by first and last character, so that looking for a word at each position of a body costs a bit
/// test, and a walk of a trie only where some word starts or ends, instead of a comparison with every word.
/// </summary>
internal sealed class WordIndex
{
    public WordIndex(IEnumerable<string> words)
    {
        Words = [.. words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal)];
        Forwards = new WordTrie(Words, backwards: false);
        Backwards = new WordTrie(Words, backwards: true);
        Firsts = new CharSet(Words.Select(w => w[0]));
        Lasts = new CharSet(Words.Select(w => w[^1]));
        OneLetterWords = new CharSet(Words.Where(w => w.Length == 1).Select(w => w[0]));
        foreach (var word in Words.Where(w => w.Length > 1))
        {
            StartPairs.Add(word[0], word[1]);
            EndPairs.Add(word[^2], word[^1]);
        }
    }

    /// <summary>The words of one letter: where one stands, the pair tests below do not apply.</summary>
    public CharSet OneLetterWords { get; }

    /// <summary>The first two letters of the longer words.</summary>
    public LetterPairs StartPairs { get; } = new();

    /// <summary>The last two letters of the longer words.</summary>
    public LetterPairs EndPairs { get; } = new();

    /// <summary>The characters some word starts with: most letters of a body start none, and are passed over without a lookup.</summary>
    public CharSet Firsts { get; }

    /// <summary>The characters some word ends with.</summary>
    public CharSet Lasts { get; }

    public IReadOnlyList<string> Words { get; }

    /// <summary>The words read from their first letter.</summary>
    public WordTrie Forwards { get; }

    /// <summary>The words read from their last letter.</summary>
    public WordTrie Backwards { get; }
}
