using System.Data.Common;
using Dapper;

namespace WeiduEtl.Storage.Search;

/// <summary>
/// SQLite: terms of three letters or more through the FTS5 trigram index, shorter ones (which no trigram holds)
/// through LIKE on the articles the index left. When every term is short, one scan of all articles collects the
/// hits into a table of the connection's own temporary database, so the count, page and facets read those rows
/// instead of scanning every body seven times; the store itself is not written.
/// </summary>
internal sealed class SqliteSearchSql : SearchSql
{
    public override string ReporterRows => "json_each(a.reporters) r";

    /// <summary>
    /// With a term the index holds, the index comes first: CROSS JOIN keeps SQLite from scanning every article of
    /// the pipeline and testing each against the index's list instead (what it chose for an IN subquery).
    /// </summary>
    public override async Task<(string From, string Where)> MatchesAsync(DbConnection connection, IReadOnlyList<string> terms, DynamicParameters parameters, CancellationToken cancellationToken)
    {
        var indexed = terms.Where(SearchTerms.UsesIndex).ToList();
        var like = AllOf(terms.Where(t => !SearchTerms.UsesIndex(t)), parameters);
        if (indexed.Count == 0)
        {
            await connection.ExecuteAsync(new CommandDefinition($"""
                CREATE TEMP TABLE IF NOT EXISTS search_hits (article_id TEXT PRIMARY KEY);
                DELETE FROM temp.search_hits;
                INSERT INTO temp.search_hits (article_id) SELECT a.article_id FROM articles a WHERE {like};
                """, parameters, cancellationToken: cancellationToken));
            return ("""
                FROM temp.search_hits h CROSS JOIN articles a ON a.article_id = h.article_id CROSS JOIN issues i ON i.issue_id = a.issue_id
                """, "1 = 1");
        }
        parameters.Add("match", SearchTerms.Fts5(indexed));
        return ("""
            FROM article_search s CROSS JOIN article_search_ids ids ON ids.search_rowid = s.rowid
            CROSS JOIN articles a ON a.article_id = ids.article_id CROSS JOIN issues i ON i.issue_id = a.issue_id
            """, $"article_search MATCH @match AND {like}");
    }

    /// <summary>
    /// A term of Chinese letters is looked for byte by byte with instr, several times faster than LIKE's letter-by-letter
    /// matching; one with ASCII letters goes through LIKE, which ignores their case as the trigram index does.
    /// </summary>
    protected override string Holds(string name, string term, DynamicParameters parameters)
    {
        if (term.Any(char.IsAscii))
        {
            return Like("LIKE", name, term, parameters);
        }
        parameters.Add(name, term);
        return $"(instr(a.body, @{name}) > 0 OR instr(coalesce(a.headline, ''), @{name}) > 0)";
    }
}
