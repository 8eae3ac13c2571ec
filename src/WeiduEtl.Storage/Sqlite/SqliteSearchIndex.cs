using System.Data.Common;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace WeiduEtl.Storage.Sqlite;

/// <summary>
/// Keeps the search indexes of migrations 5–8 (the trigram index <c>article_search</c>, the letter index
/// <c>article_letters</c> and their row numbers and facet columns <c>article_search_ids</c>) in step with the issues
/// the store writes, a whole issue (or batch of issues) in one statement a table. The triggers did it an article at a
/// time until migration 10: FTS5 writes its pending terms to a new segment at every statement, and spelling the
/// letter index's text out in SQL walked each text from its start for every 32 letters; both were most of a text
/// page's storing.
/// </summary>
public static class SqliteSearchIndex
{
    /// <summary>
    /// Registers on <paramref name="connection"/> (before or after it opens) the SQL function that spaces out the letter
    /// index's text, which <see cref="AddAsync"/> calls.
    /// </summary>
    public static void Prepare(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.CreateFunction<string, string>(SpacedLetters.Function, SpacedLetters.Space, isDeterministic: true);
    }

    /// <summary>
    /// Indexes every article of the issues <paramref name="issueIds"/>, written in this transaction and not yet indexed.
    /// The connection must have been given the spacing function (<see cref="Prepare"/>).
    /// </summary>
    public static Task AddAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> issueIds, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(Add, new { Issues = JsonSerializer.Serialize(issueIds) }, transaction, commandTimeout: 0, cancellationToken: cancellationToken));

    /// <summary>
    /// Removes from the indexes every article of the issues that <c>DELETE FROM issues WHERE issue_id = @IssueId OR
    /// (pipeline = @Pipeline AND source_uri = @SourceUri)</c> is about to delete. The trigram index is contentless, so
    /// each row goes with the text it was added with, read back from the articles before they go.
    /// </summary>
    internal static Task RemoveAsync(DbConnection connection, DbTransaction transaction, object issue, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(Remove, issue, transaction, cancellationToken: cancellationToken));

    // Rows numbered in the order the articles were written, as the trigger numbered them.
    private static readonly string Add = $"""
        INSERT INTO article_search_ids (article_id, issue_date, pipeline, section, kind, reporters)
        SELECT a.article_id, i.issue_date, i.pipeline, a.section, a.kind, a.reporters
        FROM articles a JOIN issues i ON i.issue_id = a.issue_id
        WHERE a.issue_id IN (SELECT value FROM json_each(@Issues))
        ORDER BY a.rowid;
        INSERT INTO article_search (rowid, headline, body)
        SELECT ids.search_rowid, coalesce(a.headline, '') || '  ', a.body || '  '
        FROM articles a JOIN article_search_ids ids ON ids.article_id = a.article_id
        WHERE a.issue_id IN (SELECT value FROM json_each(@Issues));
        INSERT INTO article_letters (rowid, headline, body)
        SELECT ids.search_rowid, {SpacedLetters.Function}(coalesce(a.headline, '')), {SpacedLetters.Function}(a.body)
        FROM articles a JOIN article_search_ids ids ON ids.article_id = a.article_id
        WHERE a.issue_id IN (SELECT value FROM json_each(@Issues));
        """;

    private const string Replaced = """
        FROM issues i JOIN articles a ON a.issue_id = i.issue_id JOIN article_search_ids ids ON ids.article_id = a.article_id
        WHERE i.issue_id = @IssueId OR (i.pipeline = @Pipeline AND i.source_uri = @SourceUri)
        """;

    private const string Remove = $"""
        INSERT INTO article_search (article_search, rowid, headline, body)
        SELECT 'delete', ids.search_rowid, coalesce(a.headline, '') || '  ', a.body || '  ' {Replaced};
        DELETE FROM article_letters WHERE rowid IN (SELECT ids.search_rowid {Replaced});
        DELETE FROM article_search_ids WHERE search_rowid IN (SELECT ids.search_rowid {Replaced});
        """;
}
