using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests.ObjectStorage;

/// <summary>Object-storage settings are checked at start with the rest: every problem at once, naming the file and the field.</summary>
public sealed class S3ConfigProblemTests
{
    [Fact]
    public async Task Run_BadS3SectionAndLocations_ListsEveryProblemNamingFileAndField()
    {
        using var ws = new Workspace();
        var config = File.ReadAllText(ws.ConfigPath)
            .Replace("\"output\": \"data/weidu\"", "\"output\": \"s3://No_Such_Bucket/x\", \"sourceArchive\": \"s3://ab\"", StringComparison.Ordinal)
            .Replace("\"pipelines\": [", "\"s3\": { \"serviceUrl\": \"127.0.0.1:4568\", \"region\": \"Mars 1\", \"retentionGraceSeconds\": -1, \"forcePathStyle\": true },\n  \"pipelines\": [", StringComparison.Ordinal);
        File.WriteAllText(ws.ConfigPath, config);

        var result = await ws.RunAsync("run");

        Assert.True(result.ExitCode == 2, result.ToString());
        foreach (var expected in new[]
        {
            "pipeline 'weidu': field 'output': 'No_Such_Bucket' is not a bucket name",
            "pipeline 'weidu': field 'sourceArchive': 'ab' is not a bucket name",
            "field 's3.serviceUrl': '127.0.0.1:4568' is not an http(s) URL",
            "field 's3.region': 'Mars 1' is not a region name",
            "field 's3.retentionGraceSeconds': -1 must be 0 or more",
        })
        {
            Assert.Contains($"{ws.ConfigPath}: {expected}", result.Stderr, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }
}
