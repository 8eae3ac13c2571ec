using Dapper;
using WeiduEtl.Core.Rows;

namespace WeiduEtl.Storage.Search;

/// <summary>The reads behind the article, issue, person and dataset pages.</summary>
internal sealed partial class DapperArticleReader
{
    private const string Boxes = """
        SELECT article_id AS id, 'article' AS kind, page, seq, headline AS label, bbox FROM articles WHERE issue_id = @issueId
        UNION ALL
        SELECT photo_id AS id, 'photo' AS kind, page, 0 AS seq, caption AS label, bbox FROM photos WHERE issue_id = @issueId
        ORDER BY page, seq, id
        """;

    public async Task<ArticleDetail?> ArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var p = new { articleId };
        var article = await connection.QuerySingleOrDefaultAsync<ArticleRow>(Command("SELECT * FROM articles WHERE article_id = @articleId", p, cancellationToken));
        if (article is null)
        {
            return null;
        }
        var issueId = new { issueId = article.IssueId };
        var issue = await connection.QuerySingleAsync<IssueRow>(Command("SELECT * FROM issues WHERE issue_id = @issueId", issueId, cancellationToken));
        async Task<IReadOnlyList<T>> Rows<T>(string table, string order) =>
            [.. await connection.QueryAsync<T>(Command($"SELECT * FROM {table} WHERE article_id = @articleId ORDER BY {order}", p, cancellationToken))];
        var figures = await Rows<FigureRow>("figures", "char_start, figure_id");
        var dates = await Rows<DateRow>("dates", "char_start, date_id");
        var mentions = await Rows<MentionRow>("mentions", "char_start, mention_id");
        var quotes = await Rows<QuoteRow>("quotes", "char_start, quote_id");
        var photos = await Rows<PhotoRow>("photos", "photo_id");
        var boxes = await connection.QueryAsync<PageBox>(Command(Boxes, issueId, cancellationToken));
        var neighbours = (await connection.QueryAsync<string>(Command(
            "SELECT article_id FROM articles WHERE issue_id = @issueId ORDER BY seq, article_id", issueId, cancellationToken))).ToList();
        var at = neighbours.IndexOf(articleId);
        return new ArticleDetail(issue, article, figures, dates, mentions, quotes, photos, [.. boxes],
            at > 0 ? neighbours[at - 1] : null, at >= 0 && at < neighbours.Count - 1 ? neighbours[at + 1] : null);
    }

    public async Task<IssueDetail?> IssueAsync(string issueId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var p = new { issueId };
        var issue = await connection.QuerySingleOrDefaultAsync<IssueRow>(Command("SELECT * FROM issues WHERE issue_id = @issueId", p, cancellationToken));
        if (issue is null)
        {
            return null;
        }
        var articles = await connection.QueryAsync<ArticleRow>(Command("SELECT * FROM articles WHERE issue_id = @issueId ORDER BY seq, article_id", p, cancellationToken));
        var photos = await connection.QueryAsync<PhotoRow>(Command("SELECT * FROM photos WHERE issue_id = @issueId ORDER BY page, photo_id", p, cancellationToken));
        var boxes = await connection.QueryAsync<PageBox>(Command(Boxes, p, cancellationToken));
        return new IssueDetail(issue, [.. articles], [.. photos], [.. boxes]);
    }

    public async Task<IReadOnlyList<PersonAppearance>> PersonAsync(string name, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<PersonAppearance>(Command("""
            SELECT * FROM (
                SELECT 'mention' AS kind, m.mention_id AS row_id, m.article_id, a.headline, i.issue_date, i.pipeline, m.text, m.title, m.organisation, m.rule
                FROM mentions m JOIN articles a ON a.article_id = m.article_id JOIN issues i ON i.issue_id = a.issue_id
                WHERE m.name = @name AND m.kind = 'person'
                UNION ALL
                SELECT 'quote' AS kind, q.quote_id AS row_id, q.article_id, a.headline, i.issue_date, i.pipeline, q.text, NULL AS title, NULL AS organisation, q.rule
                FROM quotes q JOIN articles a ON a.article_id = q.article_id JOIN issues i ON i.issue_id = a.issue_id
                WHERE q.speaker = @name
                UNION ALL
                SELECT 'byline' AS kind, c.article_id || ':' || c.seq AS row_id, c.article_id, a.headline, i.issue_date, i.pipeline, c.credit_text AS text, c.role AS title, NULL AS organisation, 'byline' AS rule
                FROM contributors c JOIN articles a ON a.article_id = c.article_id JOIN issues i ON i.issue_id = a.issue_id
                WHERE c.name = @name
            ) x
            ORDER BY coalesce(issue_date, '') DESC, article_id, kind, row_id
            LIMIT @limit
            """, new { name, limit }, cancellationToken));
        return [.. rows];
    }

    public async Task<IReadOnlyList<IssueDateCounts>> CountsByIssueDateAsync(string pipeline, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<IssueDateCounts>(Command("""
            SELECT i.issue_date,
                   CAST(COUNT(*) AS INTEGER) AS articles,
                   CAST(coalesce(SUM((SELECT COUNT(*) FROM figures f WHERE f.article_id = a.article_id)), 0) AS INTEGER) AS figures,
                   CAST(coalesce(SUM((SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.article_id)), 0) AS INTEGER) AS quotes
            FROM articles a JOIN issues i ON i.issue_id = a.issue_id
            WHERE i.pipeline = @pipeline AND i.issue_date IS NOT NULL
            GROUP BY i.issue_date ORDER BY i.issue_date
            """, new { pipeline }, cancellationToken));
        return [.. rows];
    }

    public async Task<DatabaseState> StateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync<DatabaseState>(Command("""
            SELECT (SELECT MAX(version) FROM schema_version) AS schema_version,
                   (SELECT CAST(COUNT(*) AS INTEGER) FROM issues) AS issues,
                   (SELECT CAST(coalesce(SUM(article_count), 0) AS INTEGER) FROM issues) AS articles,
                   (SELECT MAX(parsed_at) FROM issues) AS last_parsed_at
            """, null, cancellationToken));
    }
}
