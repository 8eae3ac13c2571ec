using WeiduEtl.Core.Rows;

namespace WeiduEtl.Core.Ports;

/// <summary>
/// A pipeline's dataset read one table at a time, one row at a time, as a snapshot is written: publishing a
/// million articles never holds them all. A table can be read whole or one issue month of it (its partition).
/// </summary>
public interface IDatasetReader
{
    /// <summary>The partition of issues without a usable issue date (none, or shorter than yyyy-MM).</summary>
    const string Undated = "undated";

    /// <summary>
    /// The rows of a contract table (issues, articles, contributors, photos, figures, dates, mentions, quotes) in
    /// primary key order; with <paramref name="month"/> ("2019-10", or <see cref="Undated"/>) only the rows of the
    /// issues of that month, which for other tables are the rows belonging to those issues.
    /// </summary>
    IAsyncEnumerable<object> ReadAsync(string table, string? month, CancellationToken cancellationToken);

    /// <summary>The stored picture files, by path.</summary>
    IAsyncEnumerable<ImageFile> ReadImagesAsync(CancellationToken cancellationToken);

    /// <summary>The partition an issue row belongs to: the yyyy-MM of its issue date, or <see cref="Undated"/>.</summary>
    static string MonthOf(IssueRow issue) => issue.IssueDate is { Length: >= 7 } date ? date[..7] : Undated;
}
