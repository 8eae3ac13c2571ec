using System.Text;

namespace WeiduEtl.Storage.Search;

/// <summary>
/// A term of one or two letters through the letter index of migration 8, which holds each text spaced out
/// (<c> 集 成 </c>): a letter is the trigram of itself between spaces, two letters the trigram of them around one.
/// Either is one list of articles, however common the letters.
/// </summary>
internal static class SqliteLetterTerms
{
    /// <summary>
    /// The trigram of the letter index that finds <paramref name="term"/>; null when the index cannot answer for it (a
    /// letter with case beyond ASCII, which the index folds and instr does not).
    /// </summary>
    public static string? Trigram(string term)
    {
        var runes = term.EnumerateRunes().ToList();
        if (runes.Count is < 1 or > 2 || !runes.All(r => r.IsAscii || (Rune.ToLowerInvariant(r) == r && Rune.ToUpperInvariant(r) == r)))
        {
            return null;
        }
        return runes.Count == 1 ? $" {runes[0]} " : $"{runes[0]} {runes[1]}";
    }

    /// <summary>
    /// Whether the index's answer is the term's exactly. It folds more letters than ASCII's into lower case (the Kelvin
    /// sign into k), so a term with ASCII letters is also checked on the text the index found, as LIKE would.
    /// </summary>
    public static bool IndexIsExact(string term) => !term.Any(char.IsAsciiLetter);
}
