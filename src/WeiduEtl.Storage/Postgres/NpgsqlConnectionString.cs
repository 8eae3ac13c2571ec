using WeiduEtl.Core.Options;

namespace WeiduEtl.Storage.Postgres;

/// <summary>A PostgreSQL <c>database</c> value as an Npgsql connection string, for other libraries that connect (Quartz).</summary>
public static class NpgsqlConnectionString
{
    /// <summary>The connection string, with <c>${NAME}</c> taken from the environment and a URI turned into keywords.</summary>
    public static string From(string database) =>
        DatabaseValue.IsPostgres(database)
            ? PostgresConnectionString.From(database).ConnectionString
            : throw new ArgumentException($"'{DatabaseValue.Redacted(database)}' is not a PostgreSQL database", nameof(database));
}
