using System.Globalization;
using Npgsql;

namespace WeiduEtl.TestSupport.Postgres;

/// <summary>
/// A fresh, empty schema on the PostgreSQL server named by <see cref="Variable"/> (CI's <c>.ci/run</c> starts one
/// and sets it), dropped afterwards. Its connection string puts the schema first on the search path, so the stores
/// (and Quartz) create their tables there as they would in an empty database.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    /// <summary>The environment variable holding an Npgsql connection string for a role that may create schemas.</summary>
    public const string Variable = "WEIDU_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _schema;

    private PostgresTestDatabase(string server, string schema, string connectionString)
    {
        _server = server;
        _schema = schema;
        ConnectionString = connectionString;
    }

    /// <summary>Why PostgreSQL tests cannot run here, or null when they can.</summary>
    public static string? SkipReason => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 }
        ? null
        : $"{Variable} is not set: PostgreSQL tests need a server (CI's .ci/run starts one); set it to an Npgsql connection string, e.g. Host=127.0.0.1;Username=weidu;Password=weidu;Database=weidu_test";

    /// <summary>An Npgsql connection string for the new schema.</summary>
    public string ConnectionString { get; }

    public static PostgresTestDatabase Create()
    {
        var server = Environment.GetEnvironmentVariable(Variable)
            ?? throw new InvalidOperationException(SkipReason);
        var schema = "weidu_test_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            command.ExecuteNonQuery();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema };
        return new PostgresTestDatabase(server, schema, builder.ConnectionString);
    }

    /// <summary>The first column of the first row of a query run in the schema.</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return (T)Convert.ChangeType(value!, typeof(T), CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
