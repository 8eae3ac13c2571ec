namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// The division names as a trie, built once: finding the longest name at a letter walks only as many letters as
/// match. Nearly every Han letter starts some division name, and a walk of the trie from a letter costs a few
/// misses of the processor's caches (its 150,000 nodes do not stay in them), so two hashed bitmaps are tested first:
/// the names' first two letters (one letter in fifteen of the corpus pages passes), then, where that passes, the
/// two-letter names and the first three letters of longer ones (one letter in 160 starts one). Keyed on the first
/// two or three letters alone, one letter in fifteen walked the trie, and the walks were a quarter of the extraction.
/// Its edges are laid out flat (<see cref="TrieEdges"/>): some 45,000 names give about 150,000 nodes.
/// </summary>
internal sealed class DivisionTrie
{
    private const int MinLength = 2;
    private const int PairBits = 1 << 20;
    private readonly int[] roots = new int[char.MaxValue + 1];
    private readonly ulong[] pairs = new ulong[PairBits / 64];
    private readonly ulong[] starts = new ulong[PairBits / 64];
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
            Set(pairs, Pair(name[0], name[1]));
            Set(starts, name.Length == 2 ? Two(name[0], name[1]) : Triple(name[0], name[1], name[2]));
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
        if (!IsSet(pairs, Pair(text[index], text[index + 1])))
        {
            return false;
        }
        return IsSet(starts, Two(text[index], text[index + 1]))
            || (index + 2 < text.Length && IsSet(starts, Triple(text[index], text[index + 1], text[index + 2])));
    }

    private static void Set(ulong[] bits, int key) => bits[key >> 6] |= 1UL << (key & 63);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsSet(ulong[] bits, int key) => (bits[key >> 6] & (1UL << (key & 63))) != 0;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Pair(char first, char second) => (int)(((uint)first * 0x9E3779B1u ^ second * 0x85EBCA77u) >> 12);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Two(char first, char second) => (int)(((uint)first * 0x27D4EB2Fu ^ second * 0x165667B1u) >> 12);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Triple(char first, char second, char third) => (int)(((uint)first * 0x27D4EB2Fu ^ second * 0x165667B1u ^ third * 0xC2B2AE3Du) >> 12);
}
