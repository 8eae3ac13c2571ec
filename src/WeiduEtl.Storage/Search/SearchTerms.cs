using System.Globalization;
using System.Text;

namespace WeiduEtl.Storage.Search;

/// <summary>
/// Turns what a person typed into terms and each term into a literal for the index: FTS5 string literals (a
/// <c>"</c>, <c>*</c> or <c>NEAR(</c> typed is searched as those letters) and LIKE patterns with their wildcards
/// escaped. PostgreSQL's trigram index finds a term of three or more letters as itself, shorter ones by LIKE; SQLite's
/// indexes find every term as its letters and pairs of letters (<see cref="SqliteLetterTerms"/>).
/// </summary>
public static class SearchTerms
{
    public const int TrigramLength = 3;

    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var limited = text.Length > ArticleSearchQuery.MaxQueryLength ? text[..ArticleSearchQuery.MaxQueryLength] : text;
        // No article holds a control letter but a line break, and a NUL would end an FTS5 string early: each separates terms.
        if (limited.Any(char.IsControl))
        {
            limited = string.Create(limited.Length, limited, static (letters, typed) =>
            {
                for (var i = 0; i < typed.Length; i++)
                {
                    letters[i] = char.IsControl(typed[i]) ? ' ' : typed[i];
                }
            });
        }
        return [.. limited.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).Take(ArticleSearchQuery.MaxTerms)];
    }

    /// <summary>Letters as the trigram tokenizer counts them: code points, so a pair of UTF-16 surrogates is one.</summary>
    public static int Letters(string term) => term.EnumerateRunes().Count();

    public static bool UsesIndex(string term) => Letters(term) >= TrigramLength;

    /// <summary>
    /// Whether no letter of <paramref name="term"/> has case, nor is any other letter's lower case: Chinese letters
    /// (OtherLetter), digits, punctuation and spaces. Such a term is found by LIKE or by position exactly where ILIKE
    /// would find it, without ILIKE's lowering of the whole text. Letters outside these kinds may (Ⓐ and Ⅰ lower to ⓐ
    /// and ⅰ), and ASCII letters do.
    /// </summary>
    public static bool HasNoCase(string term) => term.EnumerateRunes().All(r => r.IsAscii ? !Rune.IsLetter(r) : Rune.GetUnicodeCategory(r) is
        UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.SpaceSeparator or UnicodeCategory.ConnectorPunctuation
        or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
        or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation);

    /// <summary>An FTS5 string: the text in double quotes, its own doubled, so it is searched as those letters.</summary>
    public static string Fts5String(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A LIKE pattern finding <paramref name="term"/> anywhere, with <c>\</c> as the escape letter.</summary>
    public static string Contains(string term) => "%" + EscapeLike(term) + "%";

    public static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
