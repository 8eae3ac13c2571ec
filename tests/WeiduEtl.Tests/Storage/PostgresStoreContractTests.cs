using WeiduEtl.Storage;
using WeiduEtl.TestSupport.Postgres;

namespace WeiduEtl.Tests.Storage;

/// <summary>
/// The store contract on a real PostgreSQL (a fresh schema per test), plus what only PostgreSQL has: the schema
/// history and the same column names as SQLite. Skipped, saying why, where no server is configured; CI runs them.
/// </summary>
public sealed class PostgresStoreContractTests : StoreContractTests
{
    private PostgresTestDatabase? _database;

    protected override string? SkipReason => PostgresTestDatabase.SkipReason;

    protected override string NewDatabase() => (_database = PostgresTestDatabase.Create()).ConnectionString;

    protected override async ValueTask DisposeDatabaseAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task Migrate_TwoFactoriesAtOnce_AppliesEachVersionOnceWithTheSqliteColumns()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var database = NewDatabase();

        await using (var first = new StoreFactory())
        await using (var second = new StoreFactory())
        {
            await Task.WhenAll(first.Issues(database).MigrateAsync(default), second.Issues(database).MigrateAsync(default));
        }

        Assert.Equal("1,2,3,4,5,6", await _database!.ScalarAsync<string>("SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_version"));
        Assert.Equal("article_id,seq,name,role,credit_text", await _database.ScalarAsync<string>(
            "SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'contributors'"));
    }

    [SkippableFact]
    public async Task Stores_FromAPostgresqlUriWithItsPasswordInTheEnvironment_OpenTheSameDatabase()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(NewDatabase());
        Environment.SetEnvironmentVariable("WEIDU_TEST_PG_PASSWORD", connection.Password);
        var uri = $"postgresql://{Uri.EscapeDataString(connection.Username!)}:${{WEIDU_TEST_PG_PASSWORD}}@{connection.Host}:{connection.Port}/{connection.Database}?Search%20Path={connection.SearchPath}";
        await using var stores = new StoreFactory();

        await stores.Issues(uri).SaveIssueAsync(Record("a.txt", "sha-a", "标题"), default);

        Assert.Equal(1, await _database!.ScalarAsync<int>("SELECT COUNT(*) FROM issues"));
    }
}
