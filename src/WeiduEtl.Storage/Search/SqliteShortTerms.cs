using System.Data.Common;
using System.Text;
using Dapper;

namespace WeiduEtl.Storage.Search;

/// <summary>
/// A term of one or two letters through the trigram index: since migration 7 pads every column with two spaces, each
/// letter of the text starts a trigram, so the articles holding the term are those holding one of the trigrams it
/// starts. Those are read from the index's own vocabulary (a range of its sorted terms), in the connection's
/// temporary database so the store is not written.
/// </summary>
internal static class SqliteShortTerms
{
    /// <summary>
    /// FTS5 walks every trigram of an OR at each hit, so its cost grows as trigrams times articles: past about this
    /// much (a letter as common as 的, in thousands of trigrams and nearly every article) reading every body is cheaper.
    /// </summary>
    private const long MostWork = 16_000_000;

    /// <summary>
    /// The trigrams <paramref name="term"/> starts, none when no article holds it; null when the index cannot answer for
    /// it (a letter with case beyond ASCII, which the index folds and instr does not) or the OR would cost more than a scan.
    /// </summary>
    public static async Task<IReadOnlyList<string>?> TrigramsAsync(DbConnection connection, string term, CancellationToken cancellationToken)
    {
        if (!term.EnumerateRunes().All(r => r.IsAscii || (Rune.ToLowerInvariant(r) == r && Rune.ToUpperInvariant(r) == r)))
        {
            return null;
        }
        // The index keeps ASCII letters in lower case, as LIKE ignores their case.
        var key = term.ToLowerInvariant();
        var trigrams = (await connection.QueryAsync<(string Term, long Articles)>(new CommandDefinition("""
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_search_terms USING fts5vocab(main, article_search, row);
            SELECT term, doc FROM temp.article_search_terms WHERE term >= @key AND term < @key || char(1114111);
            """, new { key }, cancellationToken: cancellationToken))).ToList();
        return trigrams.Count * trigrams.Sum(t => t.Articles) <= MostWork ? [.. trigrams.Select(t => t.Term)] : null;
    }

    /// <summary>
    /// Whether the index's answer is the term's exactly. It folds more letters than ASCII's into lower case (the Kelvin
    /// sign into k), so a term with ASCII letters is also checked on the text the index found, as LIKE would.
    /// </summary>
    public static bool IndexIsExact(string term) => !term.Any(char.IsAsciiLetter);
}
