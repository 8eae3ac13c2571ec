using System.Runtime.CompilerServices;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;

namespace WeiduEtl.Publishing.Tables;

/// <summary>A dataset already in memory read as a store reads it: whole tables, or the rows of one issue month.</summary>
public sealed class DatasetTablesReader(DatasetTables data) : IDatasetReader
{
    private readonly Dictionary<string, string> _monthOfIssue = data.Issues.ToDictionary(i => i.IssueId, IDatasetReader.MonthOf, StringComparer.Ordinal);
    private readonly Dictionary<string, string> _issueOfArticle = data.Articles.ToDictionary(a => a.ArticleId, a => a.IssueId, StringComparer.Ordinal);

    public IAsyncEnumerable<object> ReadAsync(string table, string? month, CancellationToken cancellationToken) => table switch
    {
        "issues" => Of(data.Issues, i => i.IssueId, month, cancellationToken),
        "articles" => Of(data.Articles, a => a.IssueId, month, cancellationToken),
        "contributors" => Of(data.Contributors, c => IssueOf(c.ArticleId), month, cancellationToken),
        "photos" => Of(data.Photos, p => p.IssueId, month, cancellationToken),
        "figures" => Of(data.Figures, f => IssueOf(f.ArticleId), month, cancellationToken),
        "dates" => Of(data.Dates, d => IssueOf(d.ArticleId), month, cancellationToken),
        "mentions" => Of(data.Mentions, m => IssueOf(m.ArticleId), month, cancellationToken),
        "quotes" => Of(data.Quotes, q => IssueOf(q.ArticleId), month, cancellationToken),
        _ => throw new ArgumentException($"{table} is not a table of the dataset contract", nameof(table)),
    };

    public IAsyncEnumerable<ImageFile> ReadImagesAsync(CancellationToken cancellationToken) => data.Images.ToAsyncEnumerable();

    private string? IssueOf(string articleId) => _issueOfArticle.GetValueOrDefault(articleId);

    private async IAsyncEnumerable<object> Of<T>(IEnumerable<T> rows, Func<T, string?> issueId, string? month, [EnumeratorCancellation] CancellationToken cancellationToken = default) where T : notnull
    {
        await Task.CompletedTask;
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (month is null || (issueId(row) is { } id && _monthOfIssue.GetValueOrDefault(id) == month))
            {
                yield return row;
            }
        }
    }
}
