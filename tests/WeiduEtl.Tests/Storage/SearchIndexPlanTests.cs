using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using WeiduEtl.Storage;
using WeiduEtl.Storage.Sqlite;
using WeiduEtl.Tests.Support;

namespace WeiduEtl.Tests.Storage;

/// <summary>
/// The statements that keep the search indexes in step run in every save and every catch-up: each must reach the stored
/// tables by key. A scan of <c>articles</c> there costs a read of every stored article per save, so storing grows
/// with the store (it did: 11 ms an issue at 400 stored issues, 51 ms at 4,000, in <c>bench --synthetic</c>).
/// </summary>
public sealed partial class SearchIndexPlanTests
{
    public static TheoryData<string, string> Statements => new()
    {
        { "queue", SqliteSearchIndex.Queue },
        { "replaced", SqliteSearchIndex.Replaced },
        { "remove", SqliteSearchIndex.Remove },
        { "take", SqliteSearchQueue.Take },
        { "number", SqliteSearchQueue.Number },
        { "index", SqliteSearchQueue.Index },
    };

    [Theory]
    [MemberData(nameof(Statements))]
    public async Task Statement_OnAStoreWithoutStatistics_ScansNoStoredTable(string name, string sql)
    {
        using var temp = new TempFolder();
        var db = temp.File("weidu.db");
        await using (var stores = new StoreFactory())
        {
            await stores.Issues(db).MigrateAsync(default);
        }
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        SqliteSearchIndex.Prepare(connection);
        connection.Open();
        // The queue is read oldest first by its row number with a limit, and holds only what waits for a catch-up.
        var stored = connection.Query<string>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'article_search_queue'").ToHashSet(StringComparer.Ordinal);

        // The connection's temporary tables, as the store's connection has them by the time these statements run.
        foreach (var create in Statements.SelectMany(s => Split((string)s[1])).Where(IsTemporaryTable))
        {
            connection.Execute(create);
        }

        var scans = new List<string>();
        foreach (var statement in Split(sql).Where(s => !IsTemporaryTable(s)))
        {
            var aliases = Aliases(statement);
            foreach (var detail in connection.Query<(long Id, long Parent, long Unused, string Detail)>($"EXPLAIN QUERY PLAN {statement}", Nulls(statement)).Select(p => ScanOf().Match(p.Detail)).Where(m => m.Success))
            {
                var table = aliases.GetValueOrDefault(detail.Groups[1].Value, detail.Groups[1].Value);
                if (stored.Contains(table))
                {
                    scans.Add($"{name}: {detail.Value} ({table}) in {statement.ReplaceLineEndings(" ")}");
                }
            }
        }

        Assert.Empty(scans);
    }

    private static string[] Split(string sql) => sql.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static bool IsTemporaryTable(string statement) => statement.StartsWith("CREATE TEMP", StringComparison.Ordinal);

    /// <summary>Each alias the statement gives a table ("articles a") to the table's name.</summary>
    private static Dictionary<string, string> Aliases(string statement) =>
        TableAlias().Matches(statement).GroupBy(m => m.Groups[2].Value).ToDictionary(g => g.Key, g => g.First().Groups[1].Value, StringComparer.Ordinal);

    /// <summary>Every @parameter of the statement bound to null: a plan does not depend on the values.</summary>
    private static DynamicParameters Nulls(string statement)
    {
        var parameters = new DynamicParameters();
        foreach (Match parameter in Parameter().Matches(statement))
        {
            parameters.Add(parameter.Value, null);
        }
        return parameters;
    }

    [GeneratedRegex(@"^SCAN (\w+)(?! VIRTUAL TABLE)")]
    private static partial Regex ScanOf();

    [GeneratedRegex(@"(?:FROM|JOIN)\s+(?:temp\.)?(\w+)\s+(?!ON\b|WHERE\b)(\w+)")]
    private static partial Regex TableAlias();

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();
}
