namespace WeiduEtl.Storage.Search;

/// <summary>
/// Where each term of a SQLite search is looked for (migration 12's indexes, <see cref="SqliteLetterTerms"/>): two letters
/// or more in the pair index, one in the letter index, and the rest, with short terms the indexes answer only roughly, in
/// the text of the articles.
/// </summary>
internal sealed record SqliteTerms(IReadOnlyList<string> Pairs, IReadOnlyList<string> Letters, IReadOnlyList<string> InText)
{
    public static SqliteTerms Of(IReadOnlyList<string> terms)
    {
        var pairs = new List<string>();
        var letters = new List<string>();
        var inText = new List<string>();
        foreach (var term in terms)
        {
            if (SqliteLetterTerms.Tokens(term) is not { } tokens)
            {
                inText.Add(term);
                continue;
            }
            (SearchTerms.Letters(term) == 1 ? letters : pairs).Add(SearchTerms.Fts5String(tokens));
            if (!SearchTerms.UsesIndex(term) && !SqliteLetterTerms.IndexIsExact(term))
            {
                inText.Add(term);
            }
        }
        return new(pairs, letters, inText);
    }

    /// <summary>
    /// Each index asked, with its FTS5 query: the pair index first, as its terms are the rarer as a rule.
    /// </summary>
    public IReadOnlyList<(string Index, string Match)> Indexes =>
        [.. new[] { ("article_pairs", Pairs), ("article_letters", Letters) }.Where(m => m.Item2.Count > 0).Select(m => (m.Item1, string.Join(" AND ", m.Item2)))];
}
