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

    public async Task SaveIssueAsync(IssueRecord record, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = await database.BeginWriteAsync(connection, cancellationToken);
        var issue = record.Issue;
        await database.LockIssueAsync(connection, tx, issue, cancellationToken);
        // A corrected page keeps the day it was first seen.
        var firstSeen = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT first_seen_at FROM issues WHERE issue_id = @IssueId OR (pipeline = @Pipeline AND source_uri = @SourceUri) ORDER BY first_seen_at LIMIT 1",
            issue, tx, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM issues WHERE issue_id = @IssueId OR (pipeline = @Pipeline AND source_uri = @SourceUri)",
            issue, tx, cancellationToken: cancellationToken));

        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO issues (issue_id, pipeline, publication, page_label, issue_date, issue_date_basis, source_uri, source_sha256,
                source_bytes, media_type, page_count, article_count, first_seen_at, parsed_at, parser_version)
            VALUES (@IssueId, @Pipeline, @Publication, @PageLabel, @IssueDate, @IssueDateBasis, @SourceUri, @SourceSha256,
                @SourceBytes, @MediaType, @PageCount, @ArticleCount, @FirstSeenAt, @ParsedAt, @ParserVersion)
            """, issue with { FirstSeenAt = firstSeen ?? issue.FirstSeenAt }, tx, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO sources (issue_id, content) VALUES (@IssueId, @Content)",
            new { issue.IssueId, Content = record.SourceContent }, tx, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO articles (article_id, issue_id, seq, page, kind, section, kicker, headline, subheadline, dateline,
                reporters, correspondents, photographers, source_tag, subheadings, lead, body, paragraph_count, char_count, bbox)
            VALUES (@ArticleId, @IssueId, @Seq, @Page, @Kind, @Section, @Kicker, @Headline, @Subheadline, @Dateline,
                @Reporters, @Correspondents, @Photographers, @SourceTag, @Subheadings, @Lead, @Body, @ParagraphCount, @CharCount, @Bbox)
            """, record.Articles, tx, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO contributors (article_id, seq, name, role, credit_text) VALUES (@ArticleId, @Seq, @Name, @Role, @CreditText)
            """, record.Contributors, tx, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO photos (photo_id, issue_id, article_id, caption, credit, page, bbox, image_path, width_px, height_px, image_sha256)
            VALUES (@PhotoId, @IssueId, @ArticleId, @Caption, @Credit, @Page, @Bbox, @ImagePath, @WidthPx, @HeightPx, @ImageSha256)
            """, record.Photos, tx, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO images (issue_id, image_path, bytes) VALUES (@IssueId, @ImagePath, @Bytes)",
            record.Images.Select(i => new { issue.IssueId, i.ImagePath, i.Bytes }), tx, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO figures (figure_id, article_id, text, label, value, unit, qualifier, char_start, char_end)
            VALUES (@FigureId, @ArticleId, @Text, @Label, @Value, @Unit, @Qualifier, @CharStart, @CharEnd)
            """, record.Figures, tx, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO dates (date_id, article_id, text, date, precision, part_of_day, char_start, char_end)
            VALUES (@DateId, @ArticleId, @Text, @Date, @Precision, @PartOfDay, @CharStart, @CharEnd)
            """, record.Dates, tx, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO mentions (mention_id, article_id, kind, text, name, title, organisation, char_start, char_end, rule, person_key)
            VALUES (@MentionId, @ArticleId, @Kind, @Text, @Name, @Title, @Organisation, @CharStart, @CharEnd, @Rule, @PersonKey)
            """, record.Mentions, tx, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO quotes (quote_id, article_id, text, speaker, speaker_mention_id, verb, char_start, char_end, rule)
            VALUES (@QuoteId, @ArticleId, @Text, @Speaker, @SpeakerMentionId, @Verb, @CharStart, @CharEnd, @Rule)
            """, record.Quotes, tx, cancellationToken: cancellationToken));
        await tx.CommitAsync(CancellationToken.None);
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
