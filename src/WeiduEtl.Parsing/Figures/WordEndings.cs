namespace WeiduEtl.Parsing.Figures;

/// <summary>Whether a text ends in one of a list of words, the test most label and exclusion rules make.</summary>
internal static class WordEndings
{
    public static bool EndsWithAny(this string text, IEnumerable<string> words) =>
        words.Any(w => text.EndsWith(w, StringComparison.Ordinal));
}
