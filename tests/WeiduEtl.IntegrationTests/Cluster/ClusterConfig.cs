using WeiduEtl.IntegrationTests.Support;
using WeiduEtl.TestSupport.Postgres;

namespace WeiduEtl.IntegrationTests.Cluster;

/// <summary>A workspace's pipelines.json turned into a cluster's: the pipeline's data and Quartz's schedule on one PostgreSQL schema.</summary>
internal static class ClusterConfig
{
    /// <summary>A schedule that never fires on its own: passes come from <c>run</c> (or a test's own cron).</summary>
    public const string Never = "0 0 0 1 1 ? 2099";

    public static void Write(Workspace ws, string connectionString, int batchSize = 50, string schedule = Never)
    {
        var connection = connectionString.Replace("\"", "\\\"", StringComparison.Ordinal);
        File.WriteAllText(ws.ConfigPath, $$"""
            {
              "cluster": { "database": "{{connection}}", "batchSize": {{batchSize}} },
              "pipelines": [
                { "name": "weidu", "publication": "许昌日报", "pageLabel": "魏都区", "schedule": "{{schedule}}",
                  "source": { "type": "folder", "path": "seeds", "include": ["*.txt"] },
                  "database": "{{connection}}", "output": "data/weidu", "license": "CC-BY-4.0" }
              ]
            }
            """);
    }

    /// <summary>How many nodes Quartz has seen check in (0 before the first created its tables).</summary>
    public static async Task<int> SchedulersAsync(PostgresTestDatabase database) =>
        await database.ScalarAsync<bool>("SELECT to_regclass('qrtz_scheduler_state') IS NOT NULL")
            ? await database.ScalarAsync<int>("SELECT COUNT(*) FROM qrtz_scheduler_state")
            : 0;
}
