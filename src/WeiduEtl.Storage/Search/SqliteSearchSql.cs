using System.Data.Common;
using Dapper;

namespace WeiduEtl.Storage.Search;

/// <summary>
/// SQLite: terms through the FTS5 trigram index where it can answer, the others through instr or LIKE. The hits are
/// gathered once, with what the facets and the page's order need, into a table of the connection's own temporary
/// database: the count, the five facets and the page then read those rows instead of finding every hit again (at
/// 100,000 articles, seven readings of a word's hits cost seven times one). The store itself is not written.
/// </summary>
internal sealed class SqliteSearchSql : SearchSql
{
    public override string ReporterRows => "json_each(h.reporters) r";

    /// <summary>
    /// Each term goes to the index when it can: three letters or more as itself, one or two as the trigrams it starts
    /// (<see cref="SqliteShortTerms"/>); the rest, and short terms the index answers only roughly, are looked for in the
    /// text of the articles the index left (of every article, when no term went to the index). With a term in the
    /// index, the index comes first: CROSS JOIN keeps SQLite from scanning every article of the pipeline and testing
    /// each against the index's list instead (what it chose for an IN subquery).
    /// </summary>
    public override async Task<(string From, string Where)> MatchesAsync(DbConnection connection, IReadOnlyList<string> terms, DynamicParameters parameters, CancellationToken cancellationToken)
    {
        var indexed = new List<string>();
        var inText = new List<string>();
        foreach (var term in terms)
        {
            if (SearchTerms.UsesIndex(term))
            {
                indexed.Add(SearchTerms.Fts5String(term));
                continue;
            }
            if (await SqliteShortTerms.TrigramsAsync(connection, term, cancellationToken) is not { } trigrams)
            {
                inText.Add(term);
                continue;
            }
            if (trigrams.Count == 0)
            {
                return (AllArticles, "1 = 0");
            }
            indexed.Add("(" + string.Join(" OR ", trigrams.Select(SearchTerms.Fts5String)) + ")");
            if (!SqliteShortTerms.IndexIsExact(term))
            {
                inText.Add(term);
            }
        }
        var text = AllOf(inText, parameters);
        if (indexed.Count == 0)
        {
            return (AllArticles, text);
        }
        parameters.Add("match", string.Join(" AND ", indexed));
        return ("""
            FROM article_search s CROSS JOIN article_search_ids ids ON ids.search_rowid = s.rowid
            CROSS JOIN articles a ON a.article_id = ids.article_id CROSS JOIN issues i ON i.issue_id = a.issue_id
            """, $"article_search MATCH @match AND {text}");
    }

    public override async Task<string> HitsAsync(DbConnection connection, string from, string where, DynamicParameters parameters, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition($"""
            CREATE TEMP TABLE IF NOT EXISTS search_hits (article_id TEXT NOT NULL, issue_date TEXT, pipeline TEXT NOT NULL, section TEXT, kind TEXT NOT NULL, reporters TEXT NOT NULL);
            DELETE FROM temp.search_hits;
            INSERT INTO temp.search_hits SELECT {HitColumns} {from} WHERE {where};
            """, parameters, cancellationToken: cancellationToken));
        return "temp.search_hits h";
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
