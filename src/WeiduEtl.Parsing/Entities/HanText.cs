namespace WeiduEtl.Parsing.Entities;

/// <summary>Character classes of Chinese news text that the entity rules share.</summary>
internal static class HanText
{
    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    public static bool IsHanAt(string text, int index) => index >= 0 && index < text.Length && IsHan(text[index]);

    /// <summary>Ends of sentences; an attribution never crosses them.</summary>
    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '?' or '\n' or '…';

    /// <summary>Words sorted longest first, so the first that matches is the longest.</summary>
    public static string[] Longest(params string[] words) =>
        [.. words.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];

    /// <summary>The first of <paramref name="words"/> (longest first) that starts at <paramref name="index"/>, or null.</summary>
    public static string? WordAt(string text, int index, string[] words)
    {
        foreach (var word in words)
        {
            if (string.CompareOrdinal(text, index, word, 0, word.Length) == 0 && index + word.Length <= text.Length)
            {
                return word;
            }
        }
        return null;
    }

    /// <summary>The first of <paramref name="words"/> (longest first) that ends at <paramref name="end"/>, or null.</summary>
    public static string? WordEndingAt(string text, int end, string[] words)
    {
        foreach (var word in words)
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
