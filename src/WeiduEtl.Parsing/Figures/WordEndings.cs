namespace WeiduEtl.Parsing.Figures;

/// <summary>Whether a text ends in one of a list of words, or which of them starts at a place: the tests most label and
/// exclusion rules make.</summary>
internal static class WordEndings
{
    public static bool EndsWithAny(this string text, IEnumerable<string> words) =>
        words.Any(w => text.EndsWith(w, StringComparison.Ordinal));

    /// <summary>Whether one of <paramref name="words"/> ends right before <paramref name="end"/> in <paramref name="text"/> (the word before a figure), without cutting the text there.</summary>
    public static bool EndsWithAnyAt(this string text, int end, IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (text.AsSpan(0, end).EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The first of <paramref name="words"/>, in their order, that <paramref name="text"/> holds at <paramref name="at"/>; null for none.</summary>
    public static string? WordAt(this string text, int at, IEnumerable<string> words)
    {
        // A loop, not FirstOrDefault with a lambda: the rules call this for most letters of a body, and each lambda
        // capturing the text and position was a closure and a delegate allocated.
        foreach (var word in words)
        {
            if (text.AsSpan(at).StartsWith(word, StringComparison.Ordinal))
            {
                return word;
            }
        }
        return null;
    }
}
