using Dapper;
using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests;

/// <summary>Configurations that must be refused before any work, each with exit code 2 and a message naming the field and file.</summary>
public sealed class ConfigProblemTests
{
    [Theory]
    [InlineData("\"schedule\"", "\"scedule\"", "field 'pipelines[0].scedule': not a known field; did you mean 'schedule'?")]
    [InlineData("\"keepSnapshots\": 3", "\"keepSnapshots\": \"ten\"", "field 'pipelines[0].keepSnapshots': \"ten\" is a string, expected a whole number")]
    [InlineData("\"include\": [\"*.txt\", \"*.pdf\"]", "\"include\": \"*.txt\"", "field 'pipelines[0].source.include': \"*.txt\" is a string, expected a list")]
    [InlineData("\"database\": \"data/weidu.db\"", "\"database\": \"data\"", "field 'database': '")]
    [InlineData("\"database\": \"data/weidu.db\"", "\"database\": \"/dev/null\"", "it is a device or system file")]
    [InlineData("\"database\": \"data/weidu.db\"", "\"database\": \"seeds/000_7dfebf5249f9bebd.txt/weidu.db\"", "field 'database': '")]
    public async Task Run_BadConfiguration_ExitsTwoNamingTheFieldAndFile(string field, string replacement, string message)
    {
        using var ws = new Workspace();
        Directory.CreateDirectory(Path.Combine(ws.Root, "data"));
        File.WriteAllText(ws.ConfigPath, File.ReadAllText(ws.ConfigPath).Replace(field, replacement, StringComparison.Ordinal));

        var result = await ws.RunAsync("run");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Contains(ws.ConfigPath, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(ws.OutputPath));
    }

    [Fact]
    public async Task Run_SeveralMistakes_ListsThemAllAtOnce()
    {
        using var ws = new Workspace();
        File.WriteAllText(ws.ConfigPath, File.ReadAllText(ws.ConfigPath)
            .Replace("\"schedule\"", "\"scedule\"", StringComparison.Ordinal)
            .Replace("\"keepSnapshots\": 3", "\"keepSnapshots\": \"ten\"", StringComparison.Ordinal)
            .Replace("\"license\"", "\"licence\"", StringComparison.Ordinal));

        var result = await ws.RunAsync("run");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'pipelines[0].scedule'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("'pipelines[0].keepSnapshots'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("'pipelines[0].licence': not a known field; did you mean 'license'?", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TwoPipelinesSharingOneOutput_IsRefused()
    {
        using var ws = new Workspace();
        var config = File.ReadAllText(ws.ConfigPath);
        var pipeline = config[(config.IndexOf('[', StringComparison.Ordinal) + 1)..config.LastIndexOf(']')].Trim();
        File.WriteAllText(ws.ConfigPath, config.Replace(pipeline, pipeline + ",\n" + pipeline.Replace("\"weidu\"", "\"other\"", StringComparison.Ordinal), StringComparison.Ordinal));

        var result = await ws.RunAsync("run");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("pipeline 'other': field 'output'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("is also the output of pipeline 'weidu'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_LinkOutOfTheSourceFolder_IsSkippedAndSaidSo()
    {
        using var ws = new Workspace();
        var secret = Path.Combine(ws.Root, "secret.txt");
        File.WriteAllText(secret, "内部资料\n\n不应发布的文字内容，共有3份。\n");
        File.CreateSymbolicLink(Path.Combine(ws.Seeds, "x.txt"), secret);

        var result = await ws.RunAsync("run");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("skipped seeds/x.txt: a link to " + secret, result.Stderr, StringComparison.Ordinal);
        using var db = ws.OpenDatabase();
        Assert.Equal(0L, db.ExecuteScalar<long>("SELECT COUNT(*) FROM issues WHERE source_uri = 'seeds/x.txt'"));
    }
}
