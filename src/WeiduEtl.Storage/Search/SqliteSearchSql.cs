using Dapper;

namespace WeiduEtl.Storage.Search;

/// <summary>
/// SQLite: terms of three letters or more through the FTS5 trigram index, shorter ones (which no trigram holds)
/// through LIKE on the articles the index left, or on all of them when every term is short.
/// </summary>
internal sealed class SqliteSearchSql : SearchSql
{
    public override string ReporterRows => "json_each(a.reporters) r";

    /// <summary>
    /// With a term the index holds, the index comes first: CROSS JOIN keeps SQLite from scanning every article of
    /// the pipeline and testing each against the index's list instead (what it chose for an IN subquery).
    /// </summary>
    public override (string From, string Where) Matches(IReadOnlyList<string> terms, DynamicParameters parameters)
    {
        var indexed = terms.Where(SearchTerms.UsesIndex).ToList();
        var like = Like("LIKE", terms.Where(t => !SearchTerms.UsesIndex(t)), parameters, 0);
        if (indexed.Count == 0)
        {
            return (AllArticles, like);
        }
        parameters.Add("match", SearchTerms.Fts5(indexed));
        return ("""
            FROM article_search s CROSS JOIN article_search_ids ids ON ids.search_rowid = s.rowid
            CROSS JOIN articles a ON a.article_id = ids.article_id CROSS JOIN issues i ON i.issue_id = a.issue_id
            """, $"article_search MATCH @match AND {like}");
    }
}
