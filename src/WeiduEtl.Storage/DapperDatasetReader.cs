using System.Globalization;
using System.Runtime.CompilerServices;
using Dapper;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;

namespace WeiduEtl.Storage;

/// <summary>
/// Reads a pipeline's tables with unbuffered queries: each row is mapped, handed on and dropped before the next is
/// read, so a publish holds one row (and the database's cursor), whatever the dataset's size. A month is a range
/// on issues (pipeline, issue_date), which migration 7 indexes.
/// </summary>
internal sealed class DapperDatasetReader(StoreDatabase database, string pipeline) : IDatasetReader
{
    private const string Issues = "FROM issues i";
    private const string Articles = "FROM issues i JOIN articles a ON a.issue_id = i.issue_id";

    public IAsyncEnumerable<object> ReadAsync(string table, string? month, CancellationToken cancellationToken) => table switch
    {
        "issues" => Rows<IssueRow>("SELECT i.*", Issues, "i.issue_id", month, cancellationToken),
        "articles" => Rows<ArticleRow>("SELECT a.*", Articles, "a.article_id", month, cancellationToken),
        "contributors" => Rows<ContributorRow>("SELECT c.*", $"{Articles} JOIN contributors c ON c.article_id = a.article_id", "c.article_id, c.seq", month, cancellationToken),
        "photos" => Rows<PhotoRow>("SELECT ph.*", $"{Issues} JOIN photos ph ON ph.issue_id = i.issue_id", "ph.photo_id", month, cancellationToken),
        "figures" => Rows<FigureRow>("SELECT f.*", $"{Articles} JOIN figures f ON f.article_id = a.article_id", "f.figure_id", month, cancellationToken),
        "dates" => Rows<DateRow>("SELECT d.*", $"{Articles} JOIN dates d ON d.article_id = a.article_id", "d.date_id", month, cancellationToken),
        "mentions" => Rows<MentionRow>("SELECT m.*", $"{Articles} JOIN mentions m ON m.article_id = a.article_id", "m.mention_id", month, cancellationToken),
        "quotes" => Rows<QuoteRow>("SELECT q.*", $"{Articles} JOIN quotes q ON q.article_id = a.article_id", "q.quote_id", month, cancellationToken),
        _ => throw new ArgumentException($"{table} is not a table of the dataset contract", nameof(table)),
    };

    public IAsyncEnumerable<ImageFile> ReadImagesAsync(CancellationToken cancellationToken) =>
        Rows<ImageFile>("SELECT im.image_path AS ImagePath, im.bytes AS Bytes", $"{Issues} JOIN images im ON im.issue_id = i.issue_id", "im.image_path", null, cancellationToken);

    private async IAsyncEnumerable<T> Rows<T>(string select, string from, string orderBy, string? month, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (where, range) = Where(month);
        await using var connection = await database.OpenAsync(cancellationToken);
        var sql = $"{select} {from} WHERE i.pipeline = @pipeline{where} ORDER BY {orderBy}";
        // Read synchronously under the async surface: a local database answers each row at once, and an awaited
        // read per row (millions in a publish) cost more than mapping it.
        foreach (var row in connection.Query<T>(sql, new { pipeline, range.From, range.To }, buffered: false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
    }

    /// <summary>
    /// A month as a range of ISO dates ("2019-10" ≤ d &lt; "2019-11"), so the index on issue_date finds it; the
    /// undated partition matches <see cref="IDatasetReader.MonthOf"/>: no date, or one too short to have a month.
    /// </summary>
    private static (string Sql, (string? From, string? To) Range) Where(string? month)
    {
        if (month is null)
        {
            return ("", (null, null));
        }
        if (month == IDatasetReader.Undated)
        {
            return (" AND (i.issue_date IS NULL OR length(i.issue_date) < 7)", (null, null));
        }
        if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            throw new ArgumentException($"{month} is not a partition: expected yyyy-MM or {IDatasetReader.Undated}", nameof(month));
        }
        var next = first.AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return (" AND i.issue_date >= @From AND i.issue_date < @To", (month, next));
    }
}
