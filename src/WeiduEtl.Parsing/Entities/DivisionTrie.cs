namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// The division names as a trie, built once: finding the longest name at a letter walks only as many letters as
/// match. Nearly every Han letter starts some division name, so a bitmap of the hashed first two letters of the
/// names is tested first (one test: the first three letters of longer names, tested after a failed pair test, let no
/// fewer letters through on the corpus pages, 6 % of them either way), and only the letters that pass walk on from an
/// array of first letters.
/// Its edges are laid out flat (<see cref="TrieEdges"/>): some 45,000 names give about 150,000 nodes.
/// </summary>
internal sealed class DivisionTrie
{
    private const int MinLength = 2;
    private const int PairBits = 1 << 20;
    private readonly int[] roots = new int[char.MaxValue + 1];
    private readonly ulong[] pairs = new ulong[PairBits / 64];
    private readonly TrieEdges children;
    private readonly bool[] ends;

    public DivisionTrie(IEnumerable<string> names)
    {
        // Built as (parent, letter) → child first, then laid out flat; node 0 is the root, which has no entry.
        var edges = new Dictionary<(int Parent, char Letter), int>();
        var endList = new List<bool> { false };
        foreach (var name in names.Where(n => n.Length >= MinLength))
        {
            var node = 0;
            foreach (var letter in name)
            {
                if (!edges.TryGetValue((node, letter), out var child))
                {
                    child = endList.Count;
                    endList.Add(false);
                    edges.Add((node, letter), child);
                }
                node = child;
            }
            endList[node] = true;
            var key = Pair(name[0], name[1]);
            pairs[key >> 6] |= 1UL << (key & 63);
        }
        ends = [.. endList];
        children = new TrieEdges(edges.Where(e => e.Key.Parent != 0), ends.Length);
        foreach (var ((parent, letter), child) in edges.Where(e => e.Key.Parent == 0))
        {
            roots[letter] = child;
        }
    }

    /// <summary>Length of the longest name starting at <paramref name="index"/>, at most <paramref name="maxLength"/>; 0 when none.</summary>
    public int LongestAt(string text, int index, int maxLength)
    {
        if (index + 1 >= text.Length)
        {
            return 0;
        }
        // Two letters in three start a division name; one place in fifteen passes the hashed test of its first two letters.
        if (!MayStartAt(text, index))
        {
            return 0;
        }
        var node = roots[text[index]];
        var longest = 0;
        for (var at = index + 1; at < text.Length && at - index < maxLength && (node = children.Child(node, text[at])) != 0; at++)
        {
            if (ends[node])
            {
                longest = at + 1 - index;
            }
        }
        return longest;
    }

    /// <summary>Whether a name may start at <paramref name="index"/>: false for most letters, true for all where one does.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayStartAt(string text, int index)
    {
        if (index + 1 >= text.Length)
        {
            return false;
        }
        var pair = Pair(text[index], text[index + 1]);
        return (pairs[pair >> 6] & (1UL << (pair & 63))) != 0;
    }

    private static int Pair(char first, char second) => (int)(((uint)first * 0x9E3779B1u ^ second * 0x85EBCA77u) >> 12);
}
