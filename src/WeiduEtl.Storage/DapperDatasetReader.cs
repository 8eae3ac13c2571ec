using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Data.Sqlite;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;
using WeiduEtl.Storage.Sqlite;

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
        "issues" => Rows("i", SqliteDatasetRows.Issues, Issues, "i.issue_id", month, cancellationToken),
        "articles" => Rows("a", SqliteDatasetRows.Articles, Articles, "a.article_id", month, cancellationToken),
        "contributors" => Rows("c", SqliteDatasetRows.Contributors, $"{Articles} JOIN contributors c ON c.article_id = a.article_id", "c.article_id, c.seq", month, cancellationToken),
        "photos" => Rows("ph", SqliteDatasetRows.Photos, $"{Issues} JOIN photos ph ON ph.issue_id = i.issue_id", "ph.photo_id", month, cancellationToken),
        "figures" => Rows("f", SqliteDatasetRows.Figures, $"{Articles} JOIN figures f ON f.article_id = a.article_id", "f.figure_id", month, cancellationToken),
        "dates" => Rows("d", SqliteDatasetRows.Dates, $"{Articles} JOIN dates d ON d.article_id = a.article_id", "d.date_id", month, cancellationToken),
        "mentions" => Rows("m", SqliteDatasetRows.Mentions, $"{Articles} JOIN mentions m ON m.article_id = a.article_id", "m.mention_id", month, cancellationToken),
        "quotes" => Rows("q", SqliteDatasetRows.Quotes, $"{Articles} JOIN quotes q ON q.article_id = a.article_id", "q.quote_id", month, cancellationToken),
        _ => throw new ArgumentException($"{table} is not a table of the dataset contract", nameof(table)),
    };

    public IAsyncEnumerable<ImageFile> ReadImagesAsync(CancellationToken cancellationToken) =>
        Rows(connection => DapperRows<ImageFile>(connection, "SELECT im.image_path AS ImagePath, im.bytes AS Bytes",
            $"{Issues} JOIN images im ON im.issue_id = i.issue_id", "im.image_path", null), cancellationToken);

    /// <summary>
    /// A table's rows: on SQLite stepped and mapped by hand (<see cref="SqliteRows"/>: Dapper's boxed value per column
    /// cost a quarter of a publish's CPU), elsewhere through Dapper.
    /// </summary>
    private IAsyncEnumerable<object> Rows<T>(string alias, SqliteTableRows<T> sqlite, string from, string orderBy, string? month, CancellationToken cancellationToken)
        where T : class =>
        Rows(connection =>
        {
            if (connection is not SqliteConnection sqliteConnection)
            {
                return DapperRows<T>(connection, $"SELECT {alias}.*", from, orderBy, month);
            }
            var (where, range) = Where(month);
            return SqliteRows.Read(sqliteConnection, Sql(sqlite.Select(alias), from, orderBy, where),
                [("@pipeline", pipeline), ("@From", range.From), ("@To", range.To)], sqlite.Map);
        }, cancellationToken);

    // Read synchronously under the async surface: a local database answers each row at once, and an awaited read per
    // row (millions in a publish) cost more than mapping it.
    private async IAsyncEnumerable<T> Rows<T>(Func<DbConnection, IEnumerable<T>> query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var row in query(connection))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
    }

    private IEnumerable<T> DapperRows<T>(DbConnection connection, string select, string from, string orderBy, string? month)
    {
        var (where, range) = Where(month);
        return connection.Query<T>(Sql(select, from, orderBy, where), new { pipeline, range.From, range.To }, buffered: false);
    }

    private static string Sql(string select, string from, string orderBy, string where) =>
        $"{select} {from} WHERE i.pipeline = @pipeline{where} ORDER BY {orderBy}";

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
