using WeiduEtl.Core.Options;
using WeiduEtl.Sources.Folder;
using WeiduEtl.Tests.Support;

namespace WeiduEtl.Tests.Core.Options;

public sealed class DatabaseValueTests
{
    [Theory]
    [InlineData("postgresql://weidu:pw@db:5432/weidu", true)]
    [InlineData("postgres://db/weidu", true)]
    [InlineData("Host=db;Database=weidu;Username=weidu", true)]
    [InlineData(" server = db; database = weidu", true)]
    [InlineData("output/weidu.db", false)]
    [InlineData("/var/lib/weidu/host=1.db", false)]
    public void IsPostgres_UrisAndConnectionStrings_AreNotFiles(string value, bool postgres) =>
        Assert.Equal(postgres, DatabaseValue.IsPostgres(value));

    [Theory]
    [InlineData("postgresql://weidu:s3cr%40t@db:5432/weidu", "postgresql://weidu:***@db:5432/weidu")]
    [InlineData("Host=db;Password=s3cret;Database=weidu", "Host=db;Password=***;Database=weidu")]
    [InlineData("Host=db;Database=weidu;pwd = s3cret", "Host=db;Database=weidu;pwd =***")]
    [InlineData("output/weidu.db", "output/weidu.db")]
    public void Redacted_Passwords_AreStars(string value, string shown) =>
        Assert.Equal(shown, DatabaseValue.Redacted(value));

    [Fact]
    public void Expand_VariablesFromTheEnvironment_AreSubstitutedAndMissingOnesNamed()
    {
        Environment.SetEnvironmentVariable("WEIDU_TEST_DB_PW", "pw");
        const string value = "postgresql://weidu:${WEIDU_TEST_DB_PW}@db/${WEIDU_TEST_NOT_SET_ANYWHERE}";

        Assert.Equal(["WEIDU_TEST_NOT_SET_ANYWHERE"], DatabaseValue.MissingVariables(value));
        Assert.Equal("postgresql://weidu:pw@db/weidu", DatabaseValue.Expand("postgresql://weidu:${WEIDU_TEST_DB_PW}@db/weidu"));
        Assert.Throws<ConfigurationException>(() => DatabaseValue.Expand(value));
    }

    [Fact]
    public void Load_PostgresDatabase_IsKeptAsWrittenAndAMissingVariableIsAProblem()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("pipelines.json"), """
            { "pipelines": [
              { "name": "p1", "publication": "x", "schedule": "0 0 * * * ?", "source": { "type": "folder", "path": "." },
                "database": "postgresql://weidu@db:5432/weidu", "output": "o1" },
              { "name": "p2", "publication": "x", "schedule": "0 0 * * * ?", "source": { "type": "folder", "path": "." },
                "database": "Host=db;Password=${WEIDU_TEST_NOT_SET_ANYWHERE}", "output": "o2" } ] }
            """);
        var loader = new EtlConfigLoader(new EtlConfigValidator([new FolderIssueSource()], _ => true));

        var error = Assert.Throws<ConfigurationException>(() => loader.Load(temp.File("pipelines.json")));

        var problem = Assert.Single(error.Problems);
        Assert.Contains("pipeline 'p2': field 'database'", problem);
        Assert.Contains("WEIDU_TEST_NOT_SET_ANYWHERE", problem);
        File.WriteAllText(temp.File("pipelines.json"), File.ReadAllText(temp.File("pipelines.json")).Replace("${WEIDU_TEST_NOT_SET_ANYWHERE}", "pw", StringComparison.Ordinal));
        Assert.Equal("postgresql://weidu@db:5432/weidu", loader.Load(temp.File("pipelines.json")).Pipelines[0].Database);
    }

    [Fact]
    public void Load_ClusterOnASqliteFileWithBatchSizeZero_ListsBothProblems()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("pipelines.json"), """
            { "cluster": { "database": "cluster.db", "batchSize": 0 },
              "pipelines": [ { "name": "p1", "publication": "x", "schedule": "0 0 * * * ?", "source": { "type": "folder", "path": "." },
                "database": "p1.db", "output": "o1" } ] }
            """);
        var loader = new EtlConfigLoader(new EtlConfigValidator([new FolderIssueSource()], _ => true));

        var error = Assert.Throws<ConfigurationException>(() => loader.Load(temp.File("pipelines.json")));

        Assert.Contains(error.Problems, p => p.Contains("field 'cluster.database'") && p.Contains("PostgreSQL"));
        Assert.Contains(error.Problems, p => p.Contains("field 'cluster.batchSize'"));
    }
}
