using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Up to eight yes-or-no properties of every letter in one byte a letter: a walk over a body reads one byte where
/// testing each word list's bitmap in turn read one place of memory a list, and its tests can be combined without branches.
/// </summary>
internal sealed class LetterRoles
{
    private readonly byte[] roles = new byte[char.MaxValue + 1];

    /// <param name="properties">The properties, the first in bit 0 (value 1), the next in bit 1 (value 2), and so on.</param>
    public LetterRoles(params Func<char, bool>[] properties)
    {
        if (properties.Length > 8)
        {
            throw new ArgumentException($"{properties.Length} properties do not fit in one byte.", nameof(properties));
        }
        for (var c = 0; c <= char.MaxValue; c++)
        {
            for (var bit = 0; bit < properties.Length; bit++)
            {
                roles[c] |= (byte)(properties[bit]((char)c) ? 1 << bit : 0);
            }
        }
    }

    /// <summary>The properties of <paramref name="c"/> as bits; the table holds every char, so no bounds test is needed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Of(char c) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(roles), c);
}
