using Dapper;
using Microsoft.Data.Sqlite;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Storage.Sqlite;

/// <summary>
/// The search indexes' catch-up (migration 11): adds the articles the store queued (<see cref="SqliteSearchIndex"/>)
/// to <c>article_search_ids</c> and both FTS5 indexes, thousands of articles a statement, outside the transactions that
/// stored them. A pass runs it at its end; a process runs it the first time it opens the store, so that what a pass
/// stopped between storing and catching up left queued is indexed then. Until then a queued article is not found; an
/// article changed or removed never is by its old text, since the store takes that out in its own transaction.
/// </summary>
internal static class SqliteSearchQueue
{
    /// <summary>
    /// Articles indexed a transaction (about a hundred text pages): each holds the file's write lock for about a second
    /// on a quiet machine, so a pass or the service storing beside it waits well within its busy timeout (10 s), which
    /// 2,000 articles came near on this loaded machine (7.7 s). Past a few hundred, FTS5 flushes its pending terms as
    /// often whatever the transaction's size: 2,000 cost the same a page as 32 pages' articles.
    /// </summary>
    private const int ArticlesATransaction = 500;

    /// <summary>Indexes every queued article, a transaction at a time, until the queue is empty.</summary>
    /// <param name="progress">Told after each transaction how many articles are indexed so far and how many still wait.</param>
    /// <returns>How many queued articles were indexed.</returns>
    public static async Task<int> CatchUpAsync(SqliteConnection connection, IProgress<SearchIndexProgress>? progress, CancellationToken cancellationToken)
    {
        var indexed = 0;
        // Read first without the write lock: a process opening a store with nothing queued must not wait on a writer.
        while (await connection.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT EXISTS (SELECT 1 FROM article_search_queue)", cancellationToken: cancellationToken)))
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            await connection.ExecuteAsync(new CommandDefinition(Take, new { Limit = ArticlesATransaction }, transaction, cancellationToken: cancellationToken));
            var floor = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT coalesce(max(search_rowid), 0) FROM article_search_ids", transaction: transaction, cancellationToken: cancellationToken));
            indexed += await connection.ExecuteAsync(new CommandDefinition(Number, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(Index, new { Floor = floor }, transaction, commandTimeout: 0, cancellationToken: cancellationToken));
            var waiting = progress is null ? 0 : await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT count(*) FROM article_search_queue", transaction: transaction, cancellationToken: cancellationToken));
            transaction.Commit();
            progress?.Report(new SearchIndexProgress(indexed, waiting));
        }
        return indexed;
    }

    /// <summary>The oldest queued articles, taken off the queue into the connection's own table.</summary>
    internal const string Take = """
        CREATE TEMP TABLE IF NOT EXISTS search_taken (queued INTEGER PRIMARY KEY, article_id TEXT NOT NULL);
        DELETE FROM temp.search_taken;
        INSERT INTO temp.search_taken (queued, article_id) SELECT queued, article_id FROM article_search_queue ORDER BY queued LIMIT @Limit;
        DELETE FROM article_search_queue WHERE queued IN (SELECT queued FROM temp.search_taken);
        """;

    /// <summary>
    /// Row numbers and facet columns for the taken articles that still exist and have none: one deleted since it was
    /// queued is dropped, one an <c>UPDATE</c>'s trigger indexed meanwhile is indexed already. AUTOINCREMENT numbers
    /// them above every number given before, in the order they were queued.
    /// </summary>
    internal const string Number = """
        INSERT INTO article_search_ids (article_id, issue_date, pipeline, section, kind, reporters)
        SELECT a.article_id, i.issue_date, i.pipeline, a.section, a.kind, a.reporters
        FROM temp.search_taken t JOIN articles a ON a.article_id = t.article_id JOIN issues i ON i.issue_id = a.issue_id
        WHERE NOT EXISTS (SELECT 1 FROM article_search_ids x WHERE x.article_id = t.article_id)
        ORDER BY t.queued;
        """;

    /// <summary>Both indexes' rows for the articles numbered above <c>@Floor</c>, in row order, as <see cref="LetterPairs"/> writes them.</summary>
    internal static readonly string Index = $"""
        INSERT INTO article_pairs (rowid, headline, body)
        SELECT ids.search_rowid, {LetterPairs.PairsFunction}(coalesce(a.headline, '')), {LetterPairs.PairsFunction}(a.body)
        FROM article_search_ids ids JOIN articles a ON a.article_id = ids.article_id
        WHERE ids.search_rowid > @Floor ORDER BY ids.search_rowid;
        INSERT INTO article_letters (rowid, headline, body)
        SELECT ids.search_rowid, {LetterPairs.LettersFunction}(coalesce(a.headline, '')), {LetterPairs.LettersFunction}(a.body)
        FROM article_search_ids ids JOIN articles a ON a.article_id = ids.article_id
        WHERE ids.search_rowid > @Floor ORDER BY ids.search_rowid;
        DELETE FROM temp.search_taken;
        """;
}
