using WeiduEtl.Core.Options;
using WeiduEtl.Sources.Folder;
using WeiduEtl.Tests.Support;

namespace WeiduEtl.Tests.Core.Options;

public sealed class EtlConfigLoaderTests
{
    private static EtlConfigLoader Loader() =>
        new(new EtlConfigValidator([new FolderIssueSource()], cron => cron.Split(' ').Length is 6 or 7));

    [Fact]
    public void Load_RelativePaths_ResolveAgainstTheConfigFolderNotTheCurrentDirectory()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("pages"));
        File.WriteAllText(temp.File("pipelines.json"), """
            { "pipelines": [ { "name": "p1", "publication": "河南日报", "schedule": "0 0 * * * ?",
              "source": { "type": "folder", "path": "pages" }, "database": "db/p1.db", "output": "out/p1" } ] }
            """);

        var config = Loader().Load(temp.File("pipelines.json"));

        var pipeline = Assert.Single(config.Pipelines);
        Assert.Equal(temp.File("db/p1.db"), pipeline.Database);
        Assert.Equal(temp.File("out/p1"), pipeline.Output);
        Assert.Equal(10, pipeline.KeepSnapshots);
    }

    [Fact]
    public void Load_SeveralProblems_ListsEachWithPipelineAndField()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("pipelines.json"), """
            { "pipelines": [
              { "name": "Bad Name", "publication": "", "schedule": "daily", "source": { "type": "folder" }, "database": "", "output": "o", "keepSnapshots": 0 },
              { "name": "dup", "publication": "x", "schedule": "0 0 * * * ?", "source": { "type": "folder", "path": "." }, "database": "d", "output": "o" },
              { "name": "dup", "publication": "x", "schedule": "0 0 * * * ?", "source": { "type": "rss" }, "database": "d", "output": "o" }
            ] }
            """);

        var error = Assert.Throws<ConfigurationException>(() => Loader().Load(temp.File("pipelines.json")));

        Assert.Contains(error.Problems, p => p.Contains("pipeline 'Bad Name': field 'name'"));
        Assert.Contains(error.Problems, p => p.Contains("pipeline 'Bad Name': field 'publication'"));
        Assert.Contains(error.Problems, p => p.Contains("pipeline 'Bad Name': field 'schedule'"));
        Assert.Contains(error.Problems, p => p.Contains("pipeline 'Bad Name': field 'source.path'"));
        Assert.Contains(error.Problems, p => p.Contains("pipeline 'Bad Name': field 'database'"));
        Assert.Contains(error.Problems, p => p.Contains("pipeline 'Bad Name': field 'keepSnapshots'"));
        Assert.Contains(error.Problems, p => p.Contains("pipeline 'dup': field 'name'") && p.Contains("unique"));
        Assert.Contains(error.Problems, p => p.Contains("field 'source.type': 'rss'"));
        Assert.All(error.Problems, p => Assert.StartsWith(temp.File("pipelines.json"), p));
    }

    [Fact]
    public void Load_MissingFile_SaysWhichFileAndWhatToDo()
    {
        using var temp = new TempFolder();

        var error = Assert.Throws<ConfigurationException>(() => Loader().Load(temp.File("nope.json")));

        Assert.Contains("nope.json", error.Message);
        Assert.Contains("--config", error.Message);
    }
}
