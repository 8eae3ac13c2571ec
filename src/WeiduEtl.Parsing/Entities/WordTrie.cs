namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A word list as a trie read forwards (words starting at a letter) or backwards (words ending at a letter): the
/// longest word is found by walking only as many letters as match, where comparing each word sharing a first or last
/// letter (the nineteen institution endings in 会) walked the text once a word.
/// </summary>
internal sealed class WordTrie
{
    private readonly TrieEdges edges;
    private readonly string?[] words;

    /// <param name="words">The words.</param>
    /// <param name="backwards">Whether the trie is read from a word's last letter to its first.</param>
    public WordTrie(IEnumerable<string> words, bool backwards)
    {
        // Built as (parent, letter) → child first, then laid out flat; node 0 is the root.
        var edges = new Dictionary<(int Parent, char Letter), int>();
        var wordList = new List<string?> { null };
        foreach (var word in words)
        {
            var node = 0;
            for (var k = 0; k < word.Length; k++)
            {
                var letter = word[backwards ? word.Length - 1 - k : k];
                if (!edges.TryGetValue((node, letter), out var child))
                {
                    child = wordList.Count;
                    wordList.Add(null);
                    edges.Add((node, letter), child);
                }
                node = child;
            }
            wordList[node] = word;
        }
        this.words = [.. wordList];
        this.edges = new TrieEdges(edges, this.words.Length);
    }

    /// <summary>The longest word starting at <paramref name="index"/> (forwards trie), or null.</summary>
    public string? LongestAt(string text, int index)
    {
        string? longest = null;
        for (int at = index, node = 0; at < text.Length && (node = edges.Child(node, text[at])) != 0; at++)
        {
            longest = words[node] ?? longest;
        }
        return longest;
    }

    /// <summary>The longest word ending at <paramref name="end"/> (backwards trie), or null.</summary>
    public string? LongestEndingAt(string text, int end)
    {
        string? longest = null;
        for (int at = end - 1, node = 0; at >= 0 && (node = edges.Child(node, text[at])) != 0; at--)
        {
            longest = words[node] ?? longest;
        }
        return longest;
    }
}
