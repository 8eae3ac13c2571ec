using WeiduEtl.IntegrationTests.Support;
using WeiduEtl.TestSupport.Postgres;

namespace WeiduEtl.IntegrationTests.Cluster;

/// <summary>The real CLI with its pipeline's database on PostgreSQL instead of a SQLite file.</summary>
public sealed class PostgresRunTests
{
    [SkippableFact]
    public async Task Run_OnPostgresWithThePasswordFromTheEnvironment_StoresOncePublishesAndShowsStatus()
    {
        Skip.If(PostgresTestDatabase.SkipReason is not null, PostgresTestDatabase.SkipReason);
        await using var database = PostgresTestDatabase.Create();
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString);
        Environment.SetEnvironmentVariable("WEIDU_IT_PG_PASSWORD", connection.Password);
        connection.Password = "${WEIDU_IT_PG_PASSWORD}";
        using var ws = new Workspace();
        var pages = ws.AddSeedCopies(4);
        ws.WriteConfig("0 0/30 * * * ?", database: connection.ConnectionString);

        var first = await ws.RunAsync("run");
        var second = await ws.RunAsync("run");
        var status = await ws.RunAsync("status");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains($"{pages} stored", first.Stdout);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("0 stored", second.Stdout);
        Assert.Equal(pages, await database.ScalarAsync<int>("SELECT COUNT(DISTINCT source_uri) FROM issues"));
        Assert.Equal(pages, await database.ScalarAsync<int>("SELECT COUNT(*) FROM issues"));
        SnapshotAssert.IsComplete(SnapshotAssert.LatestFolder(ws.OutputPath));
        Assert.Equal(await database.ScalarAsync<int>("SELECT COUNT(*) FROM articles"),
            SnapshotAssert.LatestPointer(ws.OutputPath).GetProperty("tables").GetProperty("articles").GetInt32());
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains("succeeded", status.Stdout);
        Assert.Contains("Password=***", status.Stdout);
    }

    [Fact]
    public async Task Run_OnAPostgresServerThatIsNotThere_IsAConfigurationProblemNamingTheDatabase()
    {
        using var ws = new Workspace();
        ws.WriteConfig("0 0/30 * * * ?", database: "postgresql://nobody:secret@127.0.0.1:1/none");

        var result = await ws.RunAsync("run");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("cannot be used as the PostgreSQL database", result.Stderr);
        Assert.Contains("postgresql://nobody:***@127.0.0.1:1/none", result.Stderr);
        Assert.DoesNotContain("secret", result.Stderr + result.Stdout);
    }

    [Fact]
    public async Task Service_OnAClusterDatabaseThatIsNotThere_IsAConfigurationProblemAndStartsNothing()
    {
        using var ws = new Workspace();
        ClusterConfig.Write(ws, "postgresql://nobody:secret@127.0.0.1:1/none");

        var result = await WeiduProcess.RunAsync(ws.Root, "--config", ws.ConfigPath);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("field 'cluster.database': 'postgresql://nobody:***@127.0.0.1:1/none' cannot be used for the cluster", result.Stderr);
        Assert.DoesNotContain("secret", result.Stderr + result.Stdout);
        Assert.DoesNotContain("   at ", result.Stderr);
    }
}
