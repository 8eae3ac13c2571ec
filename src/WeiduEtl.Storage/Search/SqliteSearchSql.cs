using Dapper;

namespace WeiduEtl.Storage.Search;

/// <summary>
/// SQLite: terms of three letters or more through the FTS5 trigram index, shorter ones (which no trigram holds)
/// through LIKE on the articles the index left, or on all of them when every term is short.
/// </summary>
internal sealed class SqliteSearchSql : SearchSql
{
    public override string ReporterRows => "json_each(a.reporters) r";

    public override string Matches(IReadOnlyList<string> terms, DynamicParameters parameters)
    {
        var indexed = terms.Where(SearchTerms.UsesIndex).ToList();
        var shortTerms = terms.Where(t => !SearchTerms.UsesIndex(t));
        var like = Like("LIKE", shortTerms, parameters, 0);
        if (indexed.Count == 0)
        {
            return like;
        }
        parameters.Add("match", SearchTerms.Fts5(indexed));
        return $"""
            a.article_id IN (SELECT ids.article_id FROM article_search s JOIN article_search_ids ids ON ids.search_rowid = s.rowid
                             WHERE article_search MATCH @match) AND {like}
            """;
    }
}
