namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// The edges of a trie laid out flat: a node's children side by side, sorted by letter, each letter beside its node
/// (one read per probe of the binary search). A dictionary per node would weigh tens of megabytes for the division list.
/// </summary>
internal sealed class TrieEdges
{
    private readonly int[] childStart;
    private readonly Edge[] children;

    /// <param name="edges">(parent, letter) → child, nodes numbered from 0.</param>
    /// <param name="nodeCount">How many nodes the trie has.</param>
    public TrieEdges(IEnumerable<KeyValuePair<(int Parent, char Letter), int>> edges, int nodeCount)
    {
        var ordered = edges.OrderBy(e => e.Key.Parent).ThenBy(e => e.Key.Letter).ToList();
        childStart = new int[nodeCount + 1];
        children = new Edge[ordered.Count];
        for (var k = 0; k < ordered.Count; k++)
        {
            childStart[ordered[k].Key.Parent + 1]++;
            children[k] = new Edge(ordered[k].Key.Letter, ordered[k].Value);
        }
        for (var node = 0; node < nodeCount; node++)
        {
            childStart[node + 1] += childStart[node];
        }
    }

    /// <summary>The child of <paramref name="node"/> by <paramref name="letter"/>, 0 when none.</summary>
    public int Child(int node, char letter)
    {
        // A plain loop: Array.BinarySearch goes through a generic comparer, and most nodes have a few children.
        var low = childStart[node];
        var high = childStart[node + 1] - 1;
        while (low <= high)
        {
            var middle = (low + high) >> 1;
            var found = children[middle].Letter;
            if (found == letter)
            {
                return children[middle].Node;
            }
            if (found < letter)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return 0;
    }

    private readonly record struct Edge(char Letter, int Node);
}
