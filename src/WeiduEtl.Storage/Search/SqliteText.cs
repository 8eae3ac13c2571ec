namespace WeiduEtl.Storage.Search;

/// <summary>
/// SQLite's comparisons of text, for filters applied in memory to answer as SQL would: <c>&lt;</c> and <c>&gt;</c>
/// compare the UTF-8 bytes (code point order, which UTF-16's ordinal order is not beyond U+D7FF), and LIKE ignores the
/// case of ASCII letters only.
/// </summary>
internal static class SqliteText
{
    public static int Compare(string left, string right)
    {
        var (a, b) = (left.EnumerateRunes(), right.EnumerateRunes());
        while (true)
        {
            var (moreA, moreB) = (a.MoveNext(), b.MoveNext());
            if (!moreA || !moreB)
            {
                return moreA ? 1 : moreB ? -1 : 0;
            }
            if (a.Current != b.Current)
            {
                return a.Current.Value.CompareTo(b.Current.Value);
            }
        }
    }

    /// <summary><c>text LIKE 'prefix%'</c> with every letter of <paramref name="prefix"/> literal.</summary>
    public static bool LikeStartsWith(string text, string prefix) =>
        text.Length >= prefix.Length && SameIgnoringAsciiCase(text.AsSpan(0, prefix.Length), prefix);

    /// <summary><c>text LIKE '%part%'</c> with every letter of <paramref name="part"/> literal.</summary>
    public static bool LikeContains(string text, string part)
    {
        for (var at = 0; at + part.Length <= text.Length; at++)
        {
            if (SameIgnoringAsciiCase(text.AsSpan(at, part.Length), part))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Code unit by code unit: only ASCII letters fold, so a surrogate matches only itself and the pairs match as the
    /// code points they spell.
    /// </summary>
    private static bool SameIgnoringAsciiCase(ReadOnlySpan<char> text, string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (text[i] != pattern[i] && !(char.IsAsciiLetter(text[i]) && char.IsAsciiLetter(pattern[i]) && (text[i] | 0x20) == (pattern[i] | 0x20)))
            {
                return false;
            }
        }
        return true;
    }
}
