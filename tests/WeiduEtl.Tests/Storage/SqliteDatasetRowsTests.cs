using System.Reflection;
using System.Text;
using WeiduEtl.Storage.Sqlite;

namespace WeiduEtl.Tests.Storage;

/// <summary>
/// Publishing reads a SQLite store's tables through hand-written column lists: a property added to a row type without
/// its column there would be published empty, so each list must name every property of its row, and only those.
/// </summary>
public sealed class SqliteDatasetRowsTests
{
    public static TheoryData<string, IReadOnlyList<string>, Type> Tables() => new()
    {
        { "issues", SqliteDatasetRows.Issues.Columns, typeof(WeiduEtl.Core.Rows.IssueRow) },
        { "articles", SqliteDatasetRows.Articles.Columns, typeof(WeiduEtl.Core.Rows.ArticleRow) },
        { "contributors", SqliteDatasetRows.Contributors.Columns, typeof(WeiduEtl.Core.Rows.ContributorRow) },
        { "photos", SqliteDatasetRows.Photos.Columns, typeof(WeiduEtl.Core.Rows.PhotoRow) },
        { "figures", SqliteDatasetRows.Figures.Columns, typeof(WeiduEtl.Core.Rows.FigureRow) },
        { "dates", SqliteDatasetRows.Dates.Columns, typeof(WeiduEtl.Core.Rows.DateRow) },
        { "mentions", SqliteDatasetRows.Mentions.Columns, typeof(WeiduEtl.Core.Rows.MentionRow) },
        { "quotes", SqliteDatasetRows.Quotes.Columns, typeof(WeiduEtl.Core.Rows.QuoteRow) },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Columns_NameEveryPropertyOfTheRow(string table, IReadOnlyList<string> columns, Type row)
    {
        var properties = row.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.Name != "EqualityContract")
            .Select(p => SnakeCase(p.Name))
            .Order(StringComparer.Ordinal);

        Assert.True(properties.SequenceEqual(columns.Order(StringComparer.Ordinal)),
            $"{table}: the row has [{string.Join(", ", properties)}], the column list [{string.Join(", ", columns.Order(StringComparer.Ordinal))}]");
    }

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }
}
