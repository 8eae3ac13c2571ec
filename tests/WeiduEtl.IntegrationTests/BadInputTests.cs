using System.Text;
using Dapper;
using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests;

public sealed class BadInputTests
{
    [Fact]
    public async Task Run_WithBadDocuments_RecordsEachWithFileAndReasonAndKeepsTheRest()
    {
        using var ws = new Workspace();
        Assert.Equal(0, (await ws.RunAsync("run")).ExitCode);
        var firstSnapshot = SnapshotAssert.LatestFolder(ws.OutputPath);
        var firstSnapshotFiles = Directory.GetFiles(firstSnapshot).ToDictionary(f => f, File.ReadAllBytes);

        File.WriteAllBytes(Path.Combine(ws.Seeds, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(ws.Seeds, "binary.txt"), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 31 % 256))]);
        File.WriteAllBytes(Path.Combine(ws.Seeds, "not-a-pdf.pdf"), Encoding.UTF8.GetBytes("<html>this is a web page</html>"));
        File.CreateSymbolicLink(Path.Combine(ws.Seeds, "unreadable.txt"), Path.Combine(ws.Seeds, "gone", "missing.txt"));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(Path.Combine(ws.Seeds, "gb18030.txt"), Encoding.GetEncoding("GB18030").GetBytes(
            "第3版\n\n东城街道\n\n社区开展便民服务活动\n\n本报讯（记者 李明）9月2日上午，东城街道在辖区开展便民服务活动，为居民义诊120余人次。\n"));

        var result = await ws.RunAsync("run");

        Assert.True(result.ExitCode == 1, result.ToString());
        using var db = ws.OpenDatabase();
        var failures = db.Query<(string SourceUri, string Error)>(
            "SELECT source_uri AS SourceUri, error AS Error FROM run_documents WHERE outcome = 'failed' AND run_id = 2 ORDER BY source_uri").ToList();
        Assert.Equal(["seeds/binary.txt", "seeds/empty.txt", "seeds/not-a-pdf.pdf", "seeds/unreadable.txt"], failures.Select(f => f.SourceUri));
        Assert.Contains("not text", failures[0].Error);
        Assert.Contains("empty", failures[1].Error);
        Assert.Contains("PDF", failures[2].Error);
        Assert.Contains("cannot read", failures[3].Error);
        Assert.Contains("FAILED seeds/empty.txt", result.Stdout);

        Assert.Equal(1L, db.ExecuteScalar<long>("SELECT COUNT(*) FROM issues WHERE source_uri = 'seeds/gb18030.txt'"));
        var gbBody = db.ExecuteScalar<string>("SELECT group_concat(body, '') FROM articles a JOIN issues i USING (issue_id) WHERE i.source_uri = 'seeds/gb18030.txt'");
        Assert.Contains("义诊120余人次", gbBody);

        Assert.All(firstSnapshotFiles, f => Assert.Equal(f.Value, File.ReadAllBytes(f.Key)));
        SnapshotAssert.IsComplete(SnapshotAssert.LatestFolder(ws.OutputPath));
    }

    [Fact]
    public async Task Run_ConfigWithSyntaxError_ExitsTwoNamingFileAndLine()
    {
        using var ws = new Workspace();
        File.WriteAllText(ws.ConfigPath, "{\n  \"pipelines\": [\n    { \"name\": \"weidu\", }\n    oops\n  ]\n}\n");

        var result = await ws.RunAsync("run");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("pipelines.json", result.Stderr);
        Assert.Contains("not valid JSON at line 4", result.Stderr);
        Assert.False(File.Exists(ws.DatabasePath));
    }

    [Fact]
    public async Task Run_ConfigWithSeveralProblems_ListsEveryProblemAtOnce()
    {
        using var ws = new Workspace();
        File.WriteAllText(ws.ConfigPath, """
            {
              "pipelines": [
                { "name": "weidu", "publication": "许昌日报", "schedule": "every half hour",
                  "source": { "type": "ftp" }, "database": "a.db", "output": "out" },
                { "name": "other", "publication": "河南日报", "schedule": "0 0 * * * ?",
                  "source": { "type": "folder", "path": "no-such-folder" }, "database": "b.db", "output": "out2" }
              ]
            }
            """);

        var result = await ws.RunAsync("run");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("pipeline 'weidu': field 'schedule'", result.Stderr);
        Assert.Contains("pipeline 'weidu': field 'source.type': 'ftp' is not a known source type", result.Stderr);
        Assert.Contains("pipeline 'other': field 'source.path'", result.Stderr);
        Assert.Contains("no-such-folder", result.Stderr);
    }

    [Fact]
    public async Task Run_UnknownVerbOption_ExitsTwo()
    {
        using var ws = new Workspace();

        var result = await ws.RunAsync("run", "--no-such-option");

        Assert.True(result.ExitCode == 2, result.ToString());
    }

    [Fact]
    public async Task Run_UnknownPipelineName_ExitsTwo()
    {
        using var ws = new Workspace();

        var result = await ws.RunAsync("run", "--pipeline", "nope");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--pipeline nope", result.Stderr);
    }
}
