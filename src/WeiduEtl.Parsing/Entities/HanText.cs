using System.Runtime.CompilerServices;

namespace WeiduEtl.Parsing.Entities;

/// <summary>Character classes of Chinese news text that the entity rules share.</summary>
internal static class HanText
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsHanAt(string text, int index) => index >= 0 && index < text.Length && IsHan(text[index]);

    /// <summary>How many times <paramref name="word"/> is printed in <paramref name="text"/>, without overlaps.</summary>
    public static int Occurrences(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    /// <summary>Ends of sentences; an attribution never crosses them.</summary>
    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '?' or '\n' or '…';

    /// <summary>A word list looked up longest first, so the first that matches is the longest.</summary>
    public static WordIndex Longest(params string[] words) => new(words);

    /// <summary>The longest of <paramref name="words"/> that starts at <paramref name="index"/>, or null.</summary>
    /// <remarks>Inlined: most letters start no word, and the rules ask at every letter; the bit test then costs no call.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? WordAt(string text, int index, WordIndex words) =>
        (uint)index < (uint)text.Length && words.Firsts.Contains(text[index]) ? WordStartingAt(text, index, words) : null;

    /// <summary>The longest of <paramref name="words"/> that ends at <paramref name="end"/>, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? WordEndingAt(string text, int end, WordIndex words) =>
        end > 0 && end <= text.Length && words.Lasts.Contains(text[end - 1]) ? WordEndingAtLetter(text, end, words) : null;

    private static string? WordStartingAt(string text, int index, WordIndex words) =>
        words.OneLetterWords.Contains(text[index]) || (index + 1 < text.Length && words.StartPairs.MayContain(text[index], text[index + 1]))
            ? words.Forwards.LongestAt(text, index)
            : null;

    private static string? WordEndingAtLetter(string text, int end, WordIndex words) =>
        words.OneLetterWords.Contains(text[end - 1]) || (end > 1 && words.EndPairs.MayContain(text[end - 2], text[end - 1]))
            ? words.Backwards.LongestEndingAt(text, end)
            : null;
}
