using System.Runtime.CompilerServices;

namespace WeiduEtl.Parsing.Figures;

/// <summary>Whether a text ends in one of a list of words, or which of them starts at a place: the tests most label and
/// exclusion rules make.</summary>
/// <remarks>
/// The rules call these for most letters of a body with lists of tens of words, and few words share the letter at hand:
/// each test compares that one letter before comparing the rest (a call into the runtime's span comparison), and the
/// lists, all arrays, are walked as arrays (an array walked as an <see cref="IEnumerable{T}"/> allocated its enumerator
/// at every call). Same words, same order, same answers.
/// </remarks>
internal static class WordEndings
{
    public static bool EndsWithAny(this string text, IEnumerable<string> words) =>
        words.Any(w => text.EndsWith(w, StringComparison.Ordinal));

    /// <inheritdoc cref="EndsWithAny(string, IEnumerable{string})"/>
    public static bool EndsWithAny(this string text, string[] words) => text.EndsWithAnyAt(text.Length, words);

    /// <summary>Whether one of <paramref name="words"/> ends right before <paramref name="end"/> in <paramref name="text"/> (the word before a figure), without cutting the text there.</summary>
    public static bool EndsWithAnyAt(this string text, int end, IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (EndsAt(text, end, word))
            {
                return true;
            }
        }
        return false;
    }

    /// <inheritdoc cref="EndsWithAnyAt(string, int, IEnumerable{string})"/>
    public static bool EndsWithAnyAt(this string text, int end, string[] words)
    {
        foreach (var word in words)
        {
            if (EndsAt(text, end, word))
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
            if (text.HoldsAt(at, word))
            {
                return word;
            }
        }
        return null;
    }

    /// <inheritdoc cref="WordAt(string, int, IEnumerable{string})"/>
    public static string? WordAt(this string text, int at, string[] words)
    {
        foreach (var word in words)
        {
            if (text.HoldsAt(at, word))
            {
                return word;
            }
        }
        return null;
    }

    /// <summary>Whether <paramref name="word"/> starts at <paramref name="at"/> in <paramref name="text"/> (<c>text.AsSpan(at).StartsWith(word)</c>, its first letter compared first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool HoldsAt(this string text, int at, string word) =>
        ((uint)at >= (uint)text.Length || word.Length == 0 || text[at] == word[0])
        && text.AsSpan(at).StartsWith(word, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="word"/> ends right before <paramref name="end"/> (<c>text.AsSpan(0, end).EndsWith(word)</c>, its last letter compared first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EndsAt(string text, int end, string word) =>
        ((uint)(end - 1) >= (uint)text.Length || word.Length == 0 || text[end - 1] == word[^1])
        && text.AsSpan(0, end).EndsWith(word, StringComparison.Ordinal);
}
