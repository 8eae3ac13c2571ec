using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace WeiduEtl.Storage.Search;

/// <summary>
/// SQLite: terms through the FTS5 indexes where they can answer, the others through instr or LIKE. A search whose terms
/// all go to an index is answered from the indexes' lists and the facet columns held in memory (<see cref="AnswerAsync"/>);
/// otherwise, and while those columns are being read again, the hits are gathered once, with what the facets and the page's order need, into a table of the connection's own temporary
/// database: the count, the five facets and the page then read those rows instead of finding every hit again (at
/// 100,000 articles, seven readings of a word's hits cost seven times one). The store itself is not written.
/// </summary>
internal sealed class SqliteSearchSql : SearchSql
{
    private readonly CatalogueSearch _catalogue = new();

    /// <summary>
    /// Each term goes to an index when it can (<see cref="SqliteTerms"/>); the rest are looked for in the text of the
    /// articles the indexes left (of every article, when no term went to one). An indexed article's issue and facet
    /// columns are beside its row number in <c>article_search_ids</c>, so the articles and issues are read only for a term
    /// looked for in the text. The first index comes first: CROSS JOIN keeps SQLite from scanning every article and
    /// testing each against the index's list instead (what it chose for an IN subquery).
    /// </summary>
    public override Task<SearchSource> MatchesAsync(DbConnection connection, IReadOnlyList<string> terms, DynamicParameters parameters, CancellationToken cancellationToken)
    {
        var plan = SqliteTerms.Of(terms);
        var text = AllOf(plan.InText, parameters);
        var matches = plan.Indexes;
        if (matches.Count == 0)
        {
            return Task.FromResult(Articles(text));
        }
        var conditions = matches.Select((m, n) =>
        {
            parameters.Add($"match{n}", m.Match);
            return n == 0 ? $"{m.Index} MATCH @match{n}" : $"ids.search_rowid IN (SELECT rowid FROM {m.Index} WHERE {m.Index} MATCH @match{n})";
        });
        var from = $"FROM {matches[0].Index} s CROSS JOIN article_search_ids ids ON ids.search_rowid = s.rowid";
        if (plan.InText.Count > 0)
        {
            from += " CROSS JOIN articles a ON a.article_id = ids.article_id";
        }
        return Task.FromResult(new SearchSource(from, $"{string.Join(" AND ", conditions)} AND {text}", "ids", "ids"));
    }

    /// <summary>
    /// When every term goes to an index, the answer comes from the indexes' lists of row numbers and the facet columns
    /// held in memory (<see cref="CatalogueSearch"/>); a term looked for in the text is answered in SQL.
    /// </summary>
    public override Task<ArticleSearchResult?> AnswerAsync(DbConnection connection, IReadOnlyList<string> terms, SearchFilters filters, int offset, int limit, CancellationToken cancellationToken)
    {
        var plan = SqliteTerms.Of(terms);
        return plan.InText.Count > 0 ? Task.FromResult<ArticleSearchResult?>(null) : _catalogue.AnswerAsync((SqliteConnection)connection, plan.Indexes, filters, offset, limit, cancellationToken);
    }

    public override async Task<string> HitsAsync(DbConnection connection, SearchSource source, DynamicParameters parameters, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition($"""
            CREATE TEMP TABLE IF NOT EXISTS search_hits (article_id TEXT NOT NULL, issue_date TEXT, pipeline TEXT NOT NULL, section TEXT, kind TEXT NOT NULL, reporters TEXT NOT NULL);
            DELETE FROM temp.search_hits;
            INSERT INTO temp.search_hits SELECT {source.HitColumns} {source.From} WHERE {source.Where};
            """, parameters, cancellationToken: cancellationToken));
        return "temp.search_hits h";
    }

    /// <summary>
    /// Every hit as it is: SQLite groups by sorting, and sorting 95,000 hits (的 at 100,000 articles) by the five columns
    /// cost 132 ms of CPU, more than five GROUP BYs, where counting the rows as they come costs a fraction.
    /// </summary>
    public override string FacetRows(string hits) => $"SELECT h.pipeline, substr(h.issue_date, 1, 7), h.section, h.kind, h.reporters, 1 FROM {hits}";

    /// <summary>
    /// A term of Chinese letters is looked for byte by byte with instr, several times faster than LIKE's letter-by-letter
    /// matching; one with ASCII letters goes through LIKE, which ignores their case as the indexes do.
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
