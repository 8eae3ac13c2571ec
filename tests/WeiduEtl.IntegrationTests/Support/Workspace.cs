using Dapper;
using Microsoft.Data.Sqlite;

namespace WeiduEtl.IntegrationTests.Support;

/// <summary>
/// A throw-away copy of the embedded default: the repository's seeds and a pipelines.json pointing at a
/// temp database and output folder.
/// </summary>
public sealed class Workspace : IDisposable
{
    public Workspace(string? schedule = null)
    {
        Root = Directory.CreateTempSubdirectory("weidu-it-").FullName;
        Directory.CreateDirectory(Seeds);
        foreach (var seed in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds")))
        {
            File.Copy(seed, Path.Combine(Seeds, Path.GetFileName(seed)));
        }
        WriteConfig(schedule ?? "0 0/30 * * * ?");
    }

    public string Root { get; }
    public string Seeds => Path.Combine(Root, "seeds");
    public string ConfigPath => Path.Combine(Root, "pipelines.json");
    public string DatabasePath => Path.Combine(Root, "data", "weidu.db");
    public string OutputPath => Path.Combine(Root, "data", "weidu");

    public void WriteConfig(string schedule, string sourceType = "folder", string sourcePath = "seeds", string database = "data/weidu.db") =>
        File.WriteAllText(ConfigPath, $$"""
            {
              "pipelines": [
                {
                  "name": "weidu",
                  "publication": "许昌日报",
                  "pageLabel": "魏都区",
                  "schedule": "{{schedule}}",
                  "source": { "type": "{{sourceType}}", "path": "{{sourcePath}}", "include": ["*.txt", "*.pdf"] },
                  "database": "{{database}}",
                  "output": "data/weidu",
                  "license": "CC-BY-4.0",
                  "keepSnapshots": 3
                }
              ]
            }
            """);

    /// <summary>Adds copies of the seed page that differ in one line, so each is its own issue; returns the pages now in seeds/.</summary>
    public int AddSeedCopies(int copies)
    {
        var seed = Path.Combine(Seeds, "000_7dfebf5249f9bebd.txt");
        var text = File.ReadAllText(seed);
        for (var i = 1; i <= copies; i++)
        {
            File.WriteAllText(Path.Combine(Seeds, $"copy-{i}.txt"), text + $"\n\n本报讯 第{i}份副本的补充说明。\n");
        }
        return Directory.GetFiles(Seeds).Length;
    }

    public Task<ProcessResult> RunAsync(params string[] args) =>
        WeiduProcess.RunAsync(Root, [.. args, "--config", ConfigPath]);

    public SqliteConnection OpenDatabase()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    public long Count(string table)
    {
        using var db = OpenDatabase();
        return db.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}");
    }

    public string[] SnapshotIds() =>
        Directory.Exists(Path.Combine(OutputPath, "snapshots"))
            ? [.. Directory.GetDirectories(Path.Combine(OutputPath, "snapshots")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : [];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process still holding a file; the temp folder is cleaned by the OS eventually.
        }
    }
}
