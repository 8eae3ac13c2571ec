using System.Text.RegularExpressions;

namespace WeiduEtl.Core.Options;

/// <summary>
/// What a <c>database</c> value in pipelines.json names: a SQLite file (a path), or a PostgreSQL database as a
/// <c>postgresql://user:pass@host:port/db</c> URI or an Npgsql connection string (<c>Host=…;Database=…</c>).
/// Either may hold <c>${NAME}</c>, taken from the environment when the database is opened, so secrets stay out of the file.
/// </summary>
public static partial class DatabaseValue
{
    /// <summary>True for a PostgreSQL URI or connection string; false for a SQLite path.</summary>
    public static bool IsPostgres(string value)
    {
        var text = value.Trim();
        return text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || ConnectionStringStart().IsMatch(text);
    }

    /// <summary>The names of <c>${NAME}</c> references that the environment does not define.</summary>
    public static IReadOnlyList<string> MissingVariables(string value) =>
        [.. Reference().Matches(value).Select(m => m.Groups[1].Value).Where(n => Environment.GetEnvironmentVariable(n) is null).Distinct(StringComparer.Ordinal)];

    /// <summary>The value with every <c>${NAME}</c> replaced by the environment variable's value.</summary>
    public static string Expand(string value) =>
        Reference().Replace(value, m => Environment.GetEnvironmentVariable(m.Groups[1].Value)
            ?? throw new ConfigurationException($"database: the environment variable {m.Groups[1].Value} is not set; export it before starting WeiduEtl"));

    /// <summary>The value as it may be shown: a password in a URI or connection string replaced by ***.</summary>
    public static string Redacted(string value) =>
        ConnectionStringPassword().Replace(UriPassword().Replace(value, "$1***@"), "$1***");

    [GeneratedRegex(@"^(postgres(?:ql)?://[^:/@]*:)[^@]*@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UriPassword();

    [GeneratedRegex(@"((?:^|;)\s*(?:password|pwd)\s*=)[^;]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConnectionStringPassword();

    [GeneratedRegex(@"^(host|server)\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConnectionStringStart();

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
