namespace WeiduEtl.Parsing.Entities;

/// <summary>Character classes of Chinese news text that the entity rules share.</summary>
internal static class HanText
{
    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    public static bool IsHanAt(string text, int index) => index >= 0 && index < text.Length && IsHan(text[index]);

    /// <summary>Ends of sentences; an attribution never crosses them.</summary>
    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '?' or '\n' or '…';

    /// <summary>A word list looked up longest first, so the first that matches is the longest.</summary>
    public static WordIndex Longest(params string[] words) => new(words);

    /// <summary>The first of <paramref name="words"/> (longest first) that starts at <paramref name="index"/>, or null.</summary>
    public static string? WordAt(string text, int index, WordIndex words)
    {
        if (index < 0 || index >= text.Length || !words.Firsts.Contains(text[index])
            || (!words.OneLetterWords.Contains(text[index]) && (index + 1 == text.Length || !words.StartPairs.MayContain(text[index], text[index + 1])))
            || !words.ByFirst.TryGetValue(text[index], out var candidates))
        {
            return null;
        }
        foreach (var word in candidates)
        {
            if (index + word.Length <= text.Length && string.CompareOrdinal(text, index, word, 0, word.Length) == 0)
            {
                return word;
            }
        }
        return null;
    }

    /// <summary>The first of <paramref name="words"/> (longest first) that ends at <paramref name="end"/>, or null.</summary>
    public static string? WordEndingAt(string text, int end, WordIndex words)
    {
        if (end <= 0 || end > text.Length || !words.Lasts.Contains(text[end - 1])
            || (!words.OneLetterWords.Contains(text[end - 1]) && (end == 1 || !words.EndPairs.MayContain(text[end - 2], text[end - 1])))
            || !words.ByLast.TryGetValue(text[end - 1], out var candidates))
        {
            return null;
        }
        foreach (var word in candidates)
        {
            var start = end - word.Length;
            if (start >= 0 && string.CompareOrdinal(text, start, word, 0, word.Length) == 0)
            {
                return word;
            }
        }
        return null;
    }
}
