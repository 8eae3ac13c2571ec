using Dapper;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;

namespace WeiduEtl.Storage;

/// <summary>The dataset export: every table of one pipeline in the contract's stable order.</summary>
internal sealed partial class DapperIssueStore
{
    public IDatasetReader ReadDataset(string pipeline) => new DapperDatasetReader(database, pipeline);

    public async Task<DatasetTables> LoadDatasetAsync(string pipeline, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var p = new { pipeline };
        async Task<IReadOnlyList<T>> Query<T>(string sql) =>
            [.. await connection.QueryAsync<T>(new CommandDefinition(sql, p, cancellationToken: cancellationToken))];

        const string OfPipeline = "JOIN issues i ON i.issue_id = a.issue_id WHERE i.pipeline = @pipeline";
        var issues = await Query<IssueRow>("SELECT * FROM issues WHERE pipeline = @pipeline ORDER BY issue_id");
        var articles = await Query<ArticleRow>($"SELECT a.* FROM articles a {OfPipeline} ORDER BY a.article_id");
        var contributors = await Query<ContributorRow>($"SELECT c.* FROM contributors c JOIN articles a ON a.article_id = c.article_id {OfPipeline} ORDER BY c.article_id, c.seq");
        var photos = await Query<PhotoRow>("SELECT ph.* FROM photos ph JOIN issues i ON i.issue_id = ph.issue_id WHERE i.pipeline = @pipeline ORDER BY ph.photo_id");
        var figures = await Query<FigureRow>($"SELECT f.* FROM figures f JOIN articles a ON a.article_id = f.article_id {OfPipeline} ORDER BY f.figure_id");
        var dates = await Query<DateRow>($"SELECT d.* FROM dates d JOIN articles a ON a.article_id = d.article_id {OfPipeline} ORDER BY d.date_id");
        var images = await Query<ImageFile>("SELECT im.image_path AS ImagePath, im.bytes AS Bytes FROM images im JOIN issues i ON i.issue_id = im.issue_id WHERE i.pipeline = @pipeline ORDER BY im.image_path");
        var mentions = await Query<MentionRow>($"SELECT m.* FROM mentions m JOIN articles a ON a.article_id = m.article_id {OfPipeline} ORDER BY m.mention_id");
        var quotes = await Query<QuoteRow>($"SELECT q.* FROM quotes q JOIN articles a ON a.article_id = q.article_id {OfPipeline} ORDER BY q.quote_id");
        return new DatasetTables(issues, articles, contributors, photos, figures, dates, images) { Mentions = mentions, Quotes = quotes };
    }
}
