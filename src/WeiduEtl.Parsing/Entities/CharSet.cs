namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A set of characters as a bitmap over the whole UTF-16 range: the rules ask at every letter of a body whether it
/// could start or end a word, and a bit test answers in a few instructions where a hash lookup costs tens.
/// </summary>
internal sealed class CharSet
{
    private readonly ulong[] bits = new ulong[(char.MaxValue + 1) / 64];

    public CharSet(IEnumerable<char> chars)
    {
        foreach (var c in chars)
        {
            bits[c >> 6] |= 1UL << (c & 63);
        }
    }

    private CharSet(ulong[] bits) => this.bits = bits;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool Contains(char c) => (bits[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>The letters in any of <paramref name="sets"/>.</summary>
    public static CharSet Union(params CharSet[] sets)
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        foreach (var set in sets)
        {
            for (var k = 0; k < bits.Length; k++)
            {
                bits[k] |= set.bits[k];
            }
        }
        return new CharSet(bits);
    }
}
