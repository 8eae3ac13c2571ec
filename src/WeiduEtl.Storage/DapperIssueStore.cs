using System.Data.Common;
using Dapper;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;

namespace WeiduEtl.Storage;

/// <summary>
/// The contract's tables, in SQL that SQLite and PostgreSQL both run. This file: storing and finding issues. The
/// dataset export lives in the other part of this class.
/// </summary>
internal sealed partial class DapperIssueStore(StoreDatabase database) : IIssueStore
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
    }

    public async Task<string?> FindStoredShaAsync(string pipeline, string sourceUri, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT source_sha256 FROM issues WHERE pipeline = @pipeline AND source_uri = @sourceUri",
            new { pipeline, sourceUri }, cancellationToken: cancellationToken));
    }

    public async Task<bool> HasContentAsync(string pipeline, string sha256, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM issues WHERE pipeline = @pipeline AND source_sha256 = @sha256)",
            new { pipeline, sha256 }, cancellationToken: cancellationToken));
    }

    public Task SaveIssueAsync(IssueRecord record, CancellationToken cancellationToken) =>
        SaveIssuesAsync([record], cancellationToken);

    public async Task SaveIssuesAsync(IReadOnlyList<IssueRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = await database.BeginWriteAsync(connection, cancellationToken);
        await database.LockIssuesAsync(connection, tx, [.. records.Select(r => r.Issue)], cancellationToken);
        // Once for the batch: the queue reads only the articles, as they stand after the last record; but before a record
        // replaces an issue the batch wrote, so that it finds that issue's kept articles indexed again.
        var unindexed = new BatchIssues();
        foreach (var record in records)
        {
            if (unindexed.Replaces(record.Issue))
            {
                await database.QueueForSearchAsync(connection, tx, unindexed.TakeIds(), cancellationToken);
            }
            await WriteIssueAsync(connection, tx, record, cancellationToken);
            unindexed.Add(record.Issue);
        }
        await database.QueueForSearchAsync(connection, tx, unindexed.TakeIds(), cancellationToken);
        await tx.CommitAsync(CancellationToken.None);
    }

    public Task<int> CatchUpSearchAsync(CancellationToken cancellationToken) => database.CatchUpSearchAsync(null, cancellationToken);

    public Task<int> CatchUpSearchAsync(IProgress<SearchIndexProgress> progress, CancellationToken cancellationToken) => database.CatchUpSearchAsync(progress, cancellationToken);

    /// <summary>Replaces what the transaction holds of the record's issue and source with the record's rows.</summary>
    private async Task WriteIssueAsync(DbConnection connection, DbTransaction tx, IssueRecord record, CancellationToken cancellationToken)
    {
        var issue = record.Issue;
        // A corrected page keeps the day it was first seen.
        var firstSeen = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT first_seen_at FROM issues WHERE issue_id = @IssueId OR (pipeline = @Pipeline AND source_uri = @SourceUri) ORDER BY first_seen_at LIMIT 1",
            issue, tx, cancellationToken: cancellationToken));
        if (firstSeen is not null)
        {
            await database.UnindexIssueAsync(connection, tx, record, cancellationToken);
        }
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM issues WHERE issue_id = @IssueId OR (pipeline = @Pipeline AND source_uri = @SourceUri)",
            issue, tx, cancellationToken: cancellationToken));

        await RowWriter<IssueRow>.InsertAsync(connection, tx, "issues", [issue with { FirstSeenAt = firstSeen ?? issue.FirstSeenAt }], cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO sources (issue_id, content) VALUES (@IssueId, @Content)",
            new { issue.IssueId, Content = record.SourceContent }, tx, cancellationToken: cancellationToken));
        await RowWriter<ArticleRow>.InsertAsync(connection, tx, "articles", record.Articles, cancellationToken);
        await RowWriter<ContributorRow>.InsertAsync(connection, tx, "contributors", record.Contributors, cancellationToken);
        await RowWriter<PhotoRow>.InsertAsync(connection, tx, "photos", record.Photos, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO images (issue_id, image_path, bytes) VALUES (@IssueId, @ImagePath, @Bytes)",
            record.Images.Select(i => new { issue.IssueId, i.ImagePath, i.Bytes }), tx, cancellationToken: cancellationToken));
        await RowWriter<FigureRow>.InsertAsync(connection, tx, "figures", record.Figures, cancellationToken);
        await RowWriter<DateRow>.InsertAsync(connection, tx, "dates", record.Dates, cancellationToken);
        await RowWriter<MentionRow>.InsertAsync(connection, tx, "mentions", record.Mentions, cancellationToken);
        await RowWriter<QuoteRow>.InsertAsync(connection, tx, "quotes", record.Quotes, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredSource>> ListSourcesAsync(string pipeline, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<StoredSource>(new CommandDefinition("""
            SELECT issue_id AS IssueId, source_uri AS SourceUri, source_sha256 AS Sha256, media_type AS MediaType,
                   issue_date AS IssueDate, issue_date_basis AS IssueDateBasis, parser_version AS ParserVersion, parsed_at AS ParsedAt
            FROM issues WHERE pipeline = @pipeline ORDER BY issue_date, source_uri
            """, new { pipeline }, cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task<byte[]> LoadSourceContentAsync(string issueId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<byte[]?>(new CommandDefinition(
            "SELECT content FROM sources WHERE issue_id = @issueId", new { issueId }, cancellationToken: cancellationToken))
            ?? throw new InvalidOperationException($"{database.Description}: no stored source for issue {issueId}");
    }
}
