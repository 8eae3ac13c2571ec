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

    [Fact]
    public void Load_APipelineProfile_IsReadRelativeToTheConfigAndItsProblemsNameTheFileAndPipeline()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("pages"));
        Directory.CreateDirectory(temp.File("profiles"));
        File.WriteAllText(temp.File("profiles/good.json"), """{ "boxLabels": ["一线声音"] }""");
        File.WriteAllText(temp.File("profiles/bad.json"), """{ "roleWords": [{ "word": "融媒记者", "role": "editor" }] }""");
        const string Pipeline = """{ "name": "NAME", "publication": "莲湖晚报", "schedule": "0 0 * * * ?", "source": { "type": "folder", "path": "pages" }, "database": "NAME.db", "output": "NAME", "profile": "PROFILE" }""";
        File.WriteAllText(temp.File("good.json"), $$"""{ "pipelines": [ {{Pipeline.Replace("NAME", "good", StringComparison.Ordinal).Replace("PROFILE", "profiles/good.json", StringComparison.Ordinal)}} ] }""");
        File.WriteAllText(temp.File("bad.json"), $$"""{ "pipelines": [ {{Pipeline.Replace("NAME", "bad", StringComparison.Ordinal).Replace("PROFILE", "profiles/bad.json", StringComparison.Ordinal)}}, {{Pipeline.Replace("NAME", "gone", StringComparison.Ordinal).Replace("PROFILE", "profiles/gone.json", StringComparison.Ordinal)}} ] }""");

        var good = Assert.Single(Loader().Load(temp.File("good.json")).Pipelines);
        var error = Assert.Throws<ConfigurationException>(() => Loader().Load(temp.File("bad.json")));

        Assert.Equal(temp.File("profiles/good.json"), good.Profile);
        Assert.Equal(["一线声音"], good.PressProfile!.BoxLabels);
        Assert.Equal(2, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.StartsWith(temp.File("profiles/bad.json") + ": field 'roleWords[0].role'", StringComparison.Ordinal) && p.EndsWith("(profile of pipeline 'bad')", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith(temp.File("profiles/gone.json") + ": press profile not found", StringComparison.Ordinal));
    }
}
