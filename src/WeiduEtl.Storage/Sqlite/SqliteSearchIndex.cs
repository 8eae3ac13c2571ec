using System.Data.Common;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using WeiduEtl.Core.Rows;

namespace WeiduEtl.Storage.Sqlite;

/// <summary>
/// Keeps the search indexes (migration 12's pair index <c>article_pairs</c> and letter index <c>article_letters</c>, and
/// their row numbers and facet columns <c>article_search_ids</c> of migrations 5–8) in step with the issues
/// the store writes, a whole issue (or batch of issues) in one statement a table: in the store's transaction it takes
/// out what the issues no longer hold, and queues their new or changed articles (migration 11) for
/// <see cref="SqliteSearchQueue"/>, which indexes them after the pass. The triggers indexed an article at a time until
/// migration 10, and the store's transaction indexed a batch until migration 11: tokenising and hashing the text for
/// FTS5 was about half of a text page's storing.
/// </summary>
public static class SqliteSearchIndex
{
    /// <summary>
    /// Registers on <paramref name="connection"/> (before or after it opens) the SQL functions that make the indexes'
    /// texts (<see cref="LetterPairs"/>), which <see cref="SqliteSearchQueue.CatchUpAsync"/> calls.
    /// </summary>
    public static void Prepare(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.CreateFunction<string?, string>(LetterPairs.PairsFunction, LetterPairs.Pairs, isDeterministic: true);
        connection.CreateFunction<string?, string>(LetterPairs.LettersFunction, LetterPairs.Letters, isDeterministic: true);
    }

    /// <summary>
    /// Queues for the search indexes every article of the issues <paramref name="issueIds"/>, written in this transaction,
    /// except those <see cref="RemoveAsync"/> kept: their rows in both indexes stayed, and they get back their row number
    /// at once, with their issue's and their own facet columns as they now stand.
    /// </summary>
    public static Task QueueAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> issueIds, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(Queue, new { Issues = JsonSerializer.Serialize(issueIds) }, transaction, commandTimeout: 0, cancellationToken: cancellationToken));

    /// <summary>
    /// Removes from the indexes every article of the issues that <c>DELETE FROM issues WHERE issue_id = @IssueId OR
    /// (pipeline = @Pipeline AND source_uri = @SourceUri)</c> is about to delete, except those <paramref name="record"/>
    /// writes again under the same id with the same headline and body: their rows in both indexes stay, and only their
    /// row number is set aside until <see cref="QueueAsync"/> (so the articles' delete trigger finds nothing to remove). A
    /// re-parse that changes no text so writes no index: both indexes' deletions are tombstones every later search reads
    /// past until a merge drops them.
    /// Every article that <see cref="QueueAsync"/> has not yet seen must be of an issue this transaction has not
    /// written: an article's row number set aside here is given back to whatever article has its id then. An article
    /// still queued has no row in the indexes, so there is nothing to take out.
    /// </summary>
    internal static async Task RemoveAsync(DbConnection connection, DbTransaction transaction, IssueRecord record, CancellationToken cancellationToken)
    {
        var indexed = await connection.QueryAsync<IndexedArticle>(new CommandDefinition(Replaced, record.Issue, transaction, cancellationToken: cancellationToken));
        var written = record.Articles.ToDictionary(a => a.ArticleId, StringComparer.Ordinal);
        var kept = new List<long>();
        var changed = new List<long>();
        foreach (var article in indexed)
        {
            var same = written.TryGetValue(article.ArticleId, out var again) && (article.Headline ?? "") == (again.Headline ?? "") && article.Body == again.Body;
            (same ? kept : changed).Add(article.SearchRowid);
        }
        await connection.ExecuteAsync(new CommandDefinition(Remove, new { Changed = JsonSerializer.Serialize(changed), Kept = JsonSerializer.Serialize(kept) },
            transaction, cancellationToken: cancellationToken));
    }

    /// <summary>An article's row number and the text it was indexed with.</summary>
    private sealed record IndexedArticle(long SearchRowid, string ArticleId, string? Headline, string Body);

    /// <summary>Row numbers set aside for articles written again with the text they were indexed with.</summary>
    private const string Kept = """
        CREATE TEMP TABLE IF NOT EXISTS search_kept (search_rowid INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE);
        """;

    // Queued in the order the articles were written, so the catch-up numbers them as the trigger did; a kept article
    // keeps its old number. An article still queued from an earlier write stays where it was. CROSS JOIN keeps the
    // kept rows the outer loop: with no statistics SQLite chose to scan every stored article and probe the temporary
    // table, once a save, so that storing cost grew with the store (11 ms an issue at 400 issues, 51 ms at 4,000).
    internal const string Queue = $"""
        {Kept}
        INSERT INTO article_search_ids (search_rowid, article_id, issue_date, pipeline, section, kind, reporters)
        SELECT k.search_rowid, a.article_id, i.issue_date, i.pipeline, a.section, a.kind, a.reporters
        FROM temp.search_kept k CROSS JOIN articles a ON a.article_id = k.article_id CROSS JOIN issues i ON i.issue_id = a.issue_id;
        INSERT OR IGNORE INTO article_search_queue (article_id)
        SELECT a.article_id FROM articles a
        WHERE a.issue_id IN (SELECT value FROM json_each(@Issues)) AND a.article_id NOT IN (SELECT article_id FROM temp.search_kept)
        ORDER BY a.rowid;
        DELETE FROM temp.search_kept;
        """;

    internal const string Replaced = """
        SELECT ids.search_rowid AS SearchRowid, a.article_id AS ArticleId, a.headline AS Headline, a.body AS Body
        FROM issues i JOIN articles a ON a.issue_id = i.issue_id JOIN article_search_ids ids ON ids.article_id = a.article_id
        WHERE i.issue_id = @IssueId OR (i.pipeline = @Pipeline AND i.source_uri = @SourceUri)
        """;

    internal const string Remove = $"""
        {Kept}
        DELETE FROM article_pairs WHERE rowid IN (SELECT value FROM json_each(@Changed));
        DELETE FROM article_letters WHERE rowid IN (SELECT value FROM json_each(@Changed));
        INSERT INTO temp.search_kept (search_rowid, article_id)
        SELECT search_rowid, article_id FROM article_search_ids WHERE search_rowid IN (SELECT value FROM json_each(@Kept));
        DELETE FROM article_search_ids
        WHERE search_rowid IN (SELECT value FROM json_each(@Changed)) OR search_rowid IN (SELECT value FROM json_each(@Kept));
        """;
}
