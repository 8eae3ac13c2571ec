using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;
using WeiduEtl.Storage.Cluster;

namespace WeiduEtl.Worker.Hosting;

/// <summary>
/// Opens (and migrates) each pipeline's database before any work starts, so a path that cannot be a database (a
/// folder, a read-only place, /dev/null) or a PostgreSQL server that cannot be reached is a configuration problem
/// naming the database and why, not a stack trace half-way through a pass.
/// </summary>
public static class DatabaseCheck
{
    private static readonly string[] SystemFolders = ["/dev/", "/proc/", "/sys/"];

    public static IReadOnlyList<string> Problems(EtlConfig config, IEnumerable<PipelineOptions> pipelines, IStoreFactory stores)
    {
        var problems = new List<string>();
        foreach (var group in pipelines.GroupBy(p => p.Database, StringComparer.Ordinal))
        {
            var database = group.Key;
            var who = string.Join(", ", group.Select(p => $"pipeline '{p.Name}'"));
            var postgres = DatabaseValue.IsPostgres(database);
            if ((postgres ? PostgresReason(database, stores) : SqliteReason(database, stores)) is { } reason)
            {
                problems.Add($"{config.ConfigPath}: {who}: field 'database': '{DatabaseValue.Redacted(database)}' cannot be used as the {(postgres ? "PostgreSQL" : "SQLite")} database: {reason}");
            }
        }
        if (config.Cluster is { } cluster && ClusterReason(cluster.Database) is { } clusterReason)
        {
            problems.Add($"{config.ConfigPath}: field 'cluster.database': '{DatabaseValue.Redacted(cluster.Database)}' cannot be used for the cluster: {clusterReason}");
        }
        return problems;
    }

    private static string? ClusterReason(string database)
    {
        try
        {
            using var store = new ClusterStore(database);
            store.NodesAsync(CancellationToken.None).GetAwaiter().GetResult();
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return $"{DatabaseValue.Redacted(ex.Message.TrimEnd('.'))} (is the server running and reachable, are the user and password right, and may the user create tables?)";
        }
    }

    private static string? SqliteReason(string path, IStoreFactory stores)
    {
        if (Directory.Exists(path))
        {
            return "it is a folder; name a file inside it (e.g. weidu.db)";
        }
        var real = File.Exists(path) ? new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path : path;
        if (SystemFolders.Any(f => real.StartsWith(f, StringComparison.Ordinal)))
        {
            // SQLite would "open" /dev/null and write every row into it.
            return "it is a device or system file, not a file for data";
        }
        return Migrate(path, stores, "is the folder writable, and is the file a SQLite database?");
    }

    private static string? PostgresReason(string database, IStoreFactory stores) =>
        Migrate(database, stores, "is the server running and reachable, are the user and password right, and may the user create tables in the database?");

    private static string? Migrate(string database, IStoreFactory stores, string question)
    {
        try
        {
            stores.Issues(database).MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return $"{DatabaseValue.Redacted(ex.Message.TrimEnd('.'))} ({question})";
        }
    }
}
