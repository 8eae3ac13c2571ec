using System.Text;

namespace WeiduEtl.Storage.Search;

/// <summary>
/// A term through the indexes of migration 12, which hold each letter of a text with the one after it, with positions
/// (the pair index), and each letter alone (the letter index): one letter is its own token, two letters one pair, and
/// three or more the phrase of their overlapping pairs (<c>集成电路</c> → <c>集成 成电 电路</c>), found where those pairs
/// stand one after another, so where the letters do. A term of one or two letters is one list of articles however common
/// its letters; a longer one reads a list a pair, so a long term of common pairs (200 letters of 中国中国…) costs tens to
/// hundreds of milliseconds at 100,000 articles, still less than reading every body.
/// </summary>
internal static class SqliteLetterTerms
{
    /// <summary>
    /// The tokens, between spaces, that find <paramref name="term"/>; null when the indexes cannot answer for it: a term
    /// of one or two letters with a letter with case beyond ASCII, which the indexes fold and instr does not (a longer term
    /// is folded as the trigram index folded it).
    /// </summary>
    public static string? Tokens(string term)
    {
        var runes = term.EnumerateRunes().Select(r => r.ToString()).ToList();
        if (runes.Count == 0 || (runes.Count < SearchTerms.TrigramLength && !term.EnumerateRunes().All(r => r.IsAscii || (Rune.ToLowerInvariant(r) == r && Rune.ToUpperInvariant(r) == r))))
        {
            return null;
        }
        return runes.Count == 1 ? runes[0] : string.Join(' ', runes.Zip(runes.Skip(1), (first, second) => first + second));
    }

    /// <summary>
    /// Whether the index's answer for a term of one or two letters is the term's exactly. It folds more letters than
    /// ASCII's into lower case (the Kelvin sign into k), so a term with ASCII letters is also checked on the text the index
    /// found, as LIKE would.
    /// </summary>
    public static bool IndexIsExact(string term) => !term.Any(char.IsAsciiLetter);
}
