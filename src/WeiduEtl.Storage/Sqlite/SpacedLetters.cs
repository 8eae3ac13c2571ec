namespace WeiduEtl.Storage.Sqlite;

/// <summary>
/// A text with a space before, between and after its letters (<c>集成</c> → <c> 集 成 </c>), for the letter index of
/// migration 8 (replaced by migration 12's, <see cref="LetterPairs"/>): there each trigram is one letter between spaces or
/// two letters around one, so a term of one or two letters is a single trigram of it. Migration 8 and its triggers make it
/// in SQL (<see cref="Of"/>).
/// A letter is a Unicode code point, as SQLite's <c>substr</c> counts them. The SQL's last piece gives extra spaces,
/// which start no trigram a term has, so both texts are found by the same terms.
/// </summary>
internal static class SpacedLetters
{
    /// <summary>
    /// Letters a piece: 32 took 0.45 ms of CPU an article of 1,135 letters on the bench store, 16 took 0.6, 64 no less.
    /// The last piece's missing letters give spaces only, which no term's trigram holds.
    /// </summary>
    private const int Piece = 32;

    /// <summary>
    /// The spaced text of <paramref name="text"/> as SQL, an expression naming a column (used twice). SQLite has no
    /// function for this, and a trigger must run without the store's own, so the text is cut into pieces of
    /// <see cref="Piece"/> letters (substr walks a text from its start, so letter by letter would cost the square of
    /// the length), each piece spelled out letter by letter.
    /// </summary>
    public static string Of(string text)
    {
        var letters = string.Join(" || ' ' || ", Enumerable.Range(1, Piece).Select(n => $"substr(p.piece, {n}, 1)"));
        // group_concat keeps the order of its ordered subquery; its own ORDER BY would need SQLite 3.44 to read the schema.
        return $"""
            (SELECT ' ' || coalesce(group_concat({letters}, ' '), '') || ' ' FROM (
                WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE (n + 1) * {Piece} < length({text}))
                SELECT substr({text}, n * {Piece} + 1, {Piece}) AS piece FROM k ORDER BY n) p)
            """;
    }
}
