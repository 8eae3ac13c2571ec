using Dapper;
using Microsoft.Data.Sqlite;
using WeiduEtl.Storage;
using WeiduEtl.Tests.Support;

namespace WeiduEtl.Tests.Storage;

/// <summary>The store contract on a SQLite file, plus what only SQLite has (WAL, the file's schema_version).</summary>
public sealed class SqliteStoreContractTests : StoreContractTests
{
    private readonly TempFolder _temp = new();

    protected override string? SkipReason => null;

    protected override string NewDatabase() => _temp.File("weidu.db");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            _temp.Dispose();
        }
    }

    [Fact]
    public async Task Migrate_FromTwoFactories_AppliesEachVersionOnceInWalMode()
    {
        var db = _temp.File("weidu.db");

        await using (var first = new StoreFactory())
        await using (var second = new StoreFactory())
        {
            await first.Issues(db).MigrateAsync(default);
            await second.Issues(db).MigrateAsync(default);
        }

        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        Assert.Equal([1L, 2L, 3L, 4L, 6L, 7L], connection.Query<long>("SELECT version FROM schema_version ORDER BY version"));
        Assert.Equal("wal", connection.ExecuteScalar<string>("PRAGMA journal_mode"));
    }
}
