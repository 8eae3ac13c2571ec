namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A set of two-letter pairs as a hashed bitmap (false positives possible, no false negatives): a word list's first
/// (or last) two letters, so that most places where a frequent first letter stands (市, 的, 人) are passed with one
/// more bit test instead of a dictionary lookup and string comparisons.
/// </summary>
internal sealed class LetterPairs
{
    private const int Bits = 1 << 14;
    private readonly ulong[] bits = new ulong[Bits / 64];

    /// <summary>The pairs in any of <paramref name="sets"/>.</summary>
    public static LetterPairs Union(params LetterPairs[] sets)
    {
        var union = new LetterPairs();
        foreach (var set in sets)
        {
            for (var k = 0; k < union.bits.Length; k++)
            {
                union.bits[k] |= set.bits[k];
            }
        }
        return union;
    }

    public void Add(char first, char second)
    {
        var pair = Hash(first, second);
        bits[pair >> 6] |= 1UL << (pair & 63);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayContain(char first, char second)
    {
        var pair = Hash(first, second);
        return (bits[pair >> 6] & (1UL << (pair & 63))) != 0;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Hash(char first, char second) => (int)(((uint)first * 0x9E3779B1u ^ second * 0x85EBCA77u) >> 18);
}
