using System.Text.Json;
using WeiduEtl.Core.Options;

namespace WeiduEtl.Tests.Core.Options;

public sealed class ConfigShapeTests
{
    [Fact]
    public void Problems_UnknownFieldsAndWrongTypes_AreAllListedWithPathAndWhatWasExpected()
    {
        using var json = JsonDocument.Parse("""
            { "pipelines": [ { "name": "a", "scedule": "0 0 * * * ?", "enabled": "yes", "maxTextBytes": 1.5,
                               "source": { "type": "folder", "incude": ["*.txt"], "lookBackDays": null } } ],
              "serve": { "url": "http://127.0.0.1:1" } }
            """);

        var problems = ConfigShape.Problems(json.RootElement);

        Assert.Equal(6, problems.Count);
        Assert.Contains("field 'pipelines[0].scedule': not a known field; did you mean 'schedule'? (known here: name, enabled, publication, pageLabel, schedule, source,", problems[0], StringComparison.Ordinal);
        Assert.Equal("field 'pipelines[0].enabled': \"yes\" is a string, expected true or false", problems[1]);
        Assert.Equal("field 'pipelines[0].maxTextBytes': 1.5 is a number, expected a whole number", problems[2]);
        Assert.StartsWith("field 'pipelines[0].source.incude': not a known field; did you mean 'include'?", problems[3], StringComparison.Ordinal);
        Assert.Equal("field 'pipelines[0].source.lookBackDays': null, expected a whole number", problems[4]);
        Assert.StartsWith("field 'serve.url': not a known field; did you mean 'urls'?", problems[5], StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_TheCommittedConfig_HasNone()
    {
        var repository = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(repository.FullName, "WeiduEtl.sln")))
        {
            repository = repository.Parent!;
        }
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(repository.FullName, "pipelines.json")));

        Assert.Empty(ConfigShape.Problems(json.RootElement));
    }
}
