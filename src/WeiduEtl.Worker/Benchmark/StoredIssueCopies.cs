using Dapper;
using Microsoft.Data.Sqlite;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Storage.Sqlite;

namespace WeiduEtl.Worker.Benchmark;

/// <summary>
/// Grows a SQLite bench store by copying issues already stored, set-wise: one <c>INSERT … SELECT</c> a table for a
/// whole batch of issues, in one transaction, instead of one transaction an issue. Each copy gets the rows
/// <see cref="SyntheticIssues.Copy"/> would give it (every id that starts with the issue id under the new issue id,
/// a new source URI and issue date), and every column of every table is copied, so the store has the shape the
/// pipeline makes; the copies' articles are then queued for the search index, as the store queues an issue's, for
/// the store's catch-up.
/// </summary>
internal sealed class StoredIssueCopies(string databasePath, string pipeline)
{
    /// <summary>The issue's tables in the order their foreign keys need.</summary>
    private static readonly string[] Tables = ["issues", "sources", "articles", "contributors", "photos", "images", "figures", "dates", "mentions", "quotes"];

    /// <summary>Copies issue <c>n</c> (source <paramref name="sourceUri"/>(n)) to issue <c>first + n</c>, for n below <paramref name="count"/>.</summary>
    public async Task CopyAsync(int first, int count, Func<int, string> sourceUri, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, ForeignKeys = true }.ToString());
        SqliteSearchIndex.Prepare(connection);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await connection.ExecuteAsync(new CommandDefinition("""
            CREATE TEMP TABLE IF NOT EXISTS issue_copies (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL, source_uri TEXT NOT NULL, issue_date TEXT NOT NULL);
            DELETE FROM temp.issue_copies;
            """, transaction: transaction, cancellationToken: cancellationToken));
        var copies = Enumerable.Range(0, count).Select(n => new
        {
            OldId = IssueIdentity.IssueId(pipeline, sourceUri(n)),
            NewId = IssueIdentity.IssueId(pipeline, sourceUri(first + n)),
            SourceUri = sourceUri(first + n),
            IssueDate = SyntheticIssues.DayOf(first + n).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }).ToList();
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO temp.issue_copies (old_id, new_id, source_uri, issue_date) VALUES (@OldId, @NewId, @SourceUri, @IssueDate)",
            copies, transaction, cancellationToken: cancellationToken));
        // Every issue id of a pipeline has one length (the pipeline's name and 12 hex digits), so an id's issue is its prefix.
        var idLength = IssueIdentity.IssueId(pipeline, sourceUri(0)).Length;
        foreach (var table in Tables)
        {
            var columns = (await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT name FROM pragma_table_info(@table) ORDER BY cid", new { table }, transaction, cancellationToken: cancellationToken))).ToList();
            var key = columns.Contains("issue_id") ? "issue_id" : "article_id";
            var values = columns.Select(c => c switch
            {
                "source_uri" when table == "issues" => "m.source_uri",
                "issue_date" when table == "issues" => "m.issue_date",
                _ when c.EndsWith("_id", StringComparison.Ordinal) => $"CASE WHEN substr(x.{c}, 1, {idLength}) = m.old_id THEN m.new_id || substr(x.{c}, {idLength + 1}) ELSE x.{c} END",
                _ => $"x.{c}",
            });
            await connection.ExecuteAsync(new CommandDefinition($"""
                INSERT INTO {table} ({string.Join(", ", columns)})
                SELECT {string.Join(", ", values)} FROM {table} x JOIN temp.issue_copies m ON m.old_id = substr(x.{key}, 1, {idLength})
                """, transaction: transaction, commandTimeout: 0, cancellationToken: cancellationToken));
        }
        await SqliteSearchIndex.QueueAsync(connection, transaction, [.. copies.Select(c => c.NewId)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
