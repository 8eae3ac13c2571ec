using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Worker.Hosting;

/// <summary>
/// Opens (and migrates) each pipeline's database before any work starts, so a path that cannot be a database (a
/// folder, a read-only place, /dev/null) is a configuration problem naming the path and why, not a stack trace
/// half-way through a pass.
/// </summary>
public static class DatabaseCheck
{
    private static readonly string[] SystemFolders = ["/dev/", "/proc/", "/sys/"];

    public static IReadOnlyList<string> Problems(EtlConfig config, IEnumerable<PipelineOptions> pipelines, IIssueStore store)
    {
        var problems = new List<string>();
        foreach (var group in pipelines.GroupBy(p => p.Database, StringComparer.Ordinal))
        {
            var path = group.Key;
            var who = string.Join(", ", group.Select(p => $"pipeline '{p.Name}'"));
            if (Reason(path, store) is { } reason)
            {
                problems.Add($"{config.ConfigPath}: {who}: field 'database': '{path}' cannot be used as the SQLite database: {reason}");
            }
        }
        return problems;
    }

    private static string? Reason(string path, IIssueStore store)
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
        try
        {
            store.MigrateAsync(path, CancellationToken.None).GetAwaiter().GetResult();
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return $"{ex.Message.TrimEnd('.')} (is the folder writable, and is the file a SQLite database?)";
        }
    }
}
