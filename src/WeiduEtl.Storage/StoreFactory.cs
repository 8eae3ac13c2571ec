using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;
using WeiduEtl.Storage.Postgres;
using WeiduEtl.Storage.Search;
using WeiduEtl.Storage.Sqlite;

namespace WeiduEtl.Storage;

/// <summary>
/// One set of stores per <c>database</c> value, kept for the life of the process: a SQLite file is migrated once
/// per process, as a PostgreSQL database is (and keeps one connection pool).
/// </summary>
/// <param name="logger">Told what opening a database could not do but did not need (a search index's catch-up).</param>
public sealed class StoreFactory(ILogger<StoreFactory>? logger = null) : IStoreFactory, IArticleReaders, IAsyncDisposable, IDisposable
{
    private readonly ILogger _logger = logger ?? NullLogger<StoreFactory>.Instance;

    private readonly ConcurrentDictionary<string, Lazy<Stores>> _stores = new(StringComparer.Ordinal);

    public IIssueStore Issues(string database) => For(database).Issues;

    public IRunLedgerStore Runs(string database) => For(database).Runs;

    public IFetchStateStore FetchState(string database) => For(database).FetchState;

    public IArticleReader Reader(string database) => For(database).Reader;

    private Stores For(string database) =>
        _stores.GetOrAdd(database, d => new Lazy<Stores>(() => Stores.Of(Open(d)))).Value;

    private StoreDatabase Open(string database) =>
        DatabaseValue.IsPostgres(database) ? new PostgresDatabase(database) { Logger = _logger } : new SqliteDatabase(database) { Logger = _logger };

    public async ValueTask DisposeAsync()
    {
        foreach (var stores in _stores.Values.Where(s => s.IsValueCreated))
        {
            await stores.Value.Database.DisposeAsync();
        }
        _stores.Clear();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private sealed record Stores(StoreDatabase Database, IIssueStore Issues, IRunLedgerStore Runs, IFetchStateStore FetchState, IArticleReader Reader)
    {
        public static Stores Of(StoreDatabase database) =>
            new(database, new DapperIssueStore(database), new DapperRunLedgerStore(database), new DapperFetchStateStore(database),
                new DapperArticleReader(database, database is PostgresDatabase ? new PostgresSearchSql() : new SqliteSearchSql()));
    }
}
