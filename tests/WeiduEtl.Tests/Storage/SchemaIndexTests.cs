using Dapper;
using Microsoft.Data.Sqlite;
using WeiduEtl.Storage;
using WeiduEtl.Tests.Support;

namespace WeiduEtl.Tests.Storage;

public sealed class SchemaIndexTests
{
    /// <summary>
    /// Replacing an issue deletes its rows through ON DELETE CASCADE, which looks each child up by its foreign key: a key
    /// with no index leading with it makes that a scan of the whole table, once per parent row, and a re-parse of the
    /// store quadratic in its size.
    /// </summary>
    [Fact]
    public async Task Schema_EveryCascadingForeignKey_HasAnIndexLeadingWithIt()
    {
        using var temp = new TempFolder();
        var db = temp.File("weidu.db");
        await using (var stores = new StoreFactory())
        {
            await stores.Issues(db).MigrateAsync(default);
        }

        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        var unindexed = new List<string>();
        foreach (var table in connection.Query<string>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
        {
            var leading = connection.Query<string>($"SELECT name FROM pragma_index_list('{table}')")
                .Select(index => connection.QueryFirst<string>($"SELECT name FROM pragma_index_info('{index}') WHERE seqno = 0"))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var key in connection.Query<(string From, string OnDelete)>($"SELECT \"from\", on_delete FROM pragma_foreign_key_list('{table}')"))
            {
                if (key.OnDelete == "CASCADE" && !leading.Contains(key.From))
                {
                    unindexed.Add($"{table}.{key.From}");
                }
            }
        }

        Assert.Empty(unindexed);
    }
}
