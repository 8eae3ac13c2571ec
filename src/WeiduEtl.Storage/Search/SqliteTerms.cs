namespace WeiduEtl.Storage.Search;

/// <summary>
/// Where each term of a SQLite search is looked for: three letters or more in the trigram index as themselves, one or
/// two in the letter index (<see cref="SqliteLetterTerms"/>), and the rest, with short terms the letter index answers
/// only roughly, in the text of the articles.
/// </summary>
internal sealed record SqliteTerms(IReadOnlyList<string> Trigrams, IReadOnlyList<string> Letters, IReadOnlyList<string> InText)
{
    public static SqliteTerms Of(IReadOnlyList<string> terms)
    {
        var trigrams = new List<string>();
        var letters = new List<string>();
        var inText = new List<string>();
        foreach (var term in terms)
        {
            if (SearchTerms.UsesIndex(term))
            {
                trigrams.Add(SearchTerms.Fts5String(term));
            }
            else if (SqliteLetterTerms.Trigram(term) is { } trigram)
            {
                letters.Add(SearchTerms.Fts5String(trigram));
                if (!SqliteLetterTerms.IndexIsExact(term))
                {
                    inText.Add(term);
                }
            }
            else
            {
                inText.Add(term);
            }
        }
        return new(trigrams, letters, inText);
    }

    /// <summary>
    /// Each index asked, with its FTS5 query: the trigram index first, as its terms are the rarer as a rule.
    /// </summary>
    public IReadOnlyList<(string Index, string Match)> Indexes =>
        [.. new[] { ("article_search", Trigrams), ("article_letters", Letters) }.Where(m => m.Item2.Count > 0).Select(m => (m.Item1, string.Join(" AND ", m.Item2)))];
}
