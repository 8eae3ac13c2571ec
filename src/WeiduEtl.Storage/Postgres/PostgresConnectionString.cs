using Npgsql;
using WeiduEtl.Core.Options;

namespace WeiduEtl.Storage.Postgres;

/// <summary>
/// A <c>database</c> value as Npgsql takes it: <c>${NAME}</c> taken from the environment, and a
/// <c>postgresql://user:pass@host:port/db?sslmode=require</c> URI turned into keywords (Npgsql reads only keywords).
/// </summary>
internal static class PostgresConnectionString
{
    public static NpgsqlConnectionStringBuilder From(string database)
    {
        var text = DatabaseValue.Expand(database).Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            return new NpgsqlConnectionStringBuilder(text);
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgresql" or "postgres"))
        {
            throw new ArgumentException($"'{DatabaseValue.Redacted(database)}' is not a postgresql://user:pass@host:port/database URI");
        }
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            builder.Port = uri.Port;
        }
        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user[0]);
        }
        if (user.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(user[1]);
        }
        var name = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (name.Length > 0)
        {
            builder.Database = name;
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(parts[0]);
            builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : "";
        }
        return builder;
    }
}
