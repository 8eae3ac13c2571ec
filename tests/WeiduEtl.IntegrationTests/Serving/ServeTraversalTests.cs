namespace WeiduEtl.IntegrationTests.Serving;

/// <summary>
/// Nothing outside a snapshot folder is reachable. Each request goes out raw (HttpClient would clean the
/// path first) and must answer 404 or 400, never a file. The workspace holds pipelines.json, the
/// database and the seeds right next to the output folder, so any escape would find something.
/// </summary>
[Collection(ServedSeedsGroup.Name)]
public sealed class ServeTraversalTests(ServedSeeds seeds)
{
    private async Task AssertRefused(string target)
    {
        var status = await RawHttp.StatusAsync(seeds.Server.Port, target);

        Assert.True(status is 400 or 404, $"{target} answered {status}");
    }

    [Theory]
    [InlineData("/datasets/weidu/latest/../../../pipelines.json")]
    [InlineData("/datasets/weidu/latest/../../../../../../../etc/passwd")]
    [InlineData("/datasets/weidu/latest/../../../weidu.db")]
    [InlineData("/datasets/weidu/snapshots/../../../pipelines.json")]
    public Task DotDotSegments_Refused(string target) => AssertRefused(target);

    [Theory]
    [InlineData("/datasets/weidu/latest/%2e%2e/%2e%2e/%2e%2e/pipelines.json")]
    [InlineData("/datasets/weidu/latest/%2E%2E/%2E%2E/latest.json")]
    [InlineData("/datasets/weidu/latest/..%2f..%2f..%2fpipelines.json")]
    [InlineData("/datasets/weidu/latest/%2e%2e%2f%2e%2e%2f%2e%2e%2fweidu.db")]
    [InlineData("/datasets/weidu/latest/%252e%252e/%252e%252e/pipelines.json")]
    [InlineData("/datasets/weidu/snapshots/%2e%2e/%2e%2e/%2e%2e/pipelines.json")]
    [InlineData("/datasets/weidu/snapshots/..%2f..%2f..%2f/pipelines.json")]
    public Task EncodedDotDot_Refused(string target) => AssertRefused(target);

    [Theory]
    [InlineData("/datasets/weidu/latest//etc/passwd")]
    [InlineData("/datasets/weidu/latest/%2fetc%2fpasswd")]
    [InlineData("/datasets/weidu/latest/C:/Windows/win.ini")]
    [InlineData("/etc/passwd")]
    public Task AbsolutePaths_Refused(string target) => AssertRefused(target);

    [Theory]
    [InlineData(@"/datasets/weidu/latest/..\..\..\pipelines.json")]
    [InlineData("/datasets/weidu/latest/%5c..%5c..%5c..%5cpipelines.json")]
    [InlineData("/datasets/weidu/latest/images%5c..%5c..%5clatest.json")]
    public Task Backslashes_Refused(string target) => AssertRefused(target);

    [Theory]
    [InlineData("/datasets/weidu/latest/leak.txt")]
    [InlineData("/datasets/weidu/latest/leak-db.csv")]
    [InlineData("/datasets/weidu/latest/passwd.csv")]
    [InlineData("/datasets/weidu/latest/relative.json")]
    [InlineData("/datasets/weidu/latest/other-snapshot.csv")]
    [InlineData("/datasets/weidu/latest/images-out/pipelines.json")]
    [InlineData("/datasets/weidu/snapshots/20990101T000000Z/pipelines.json")]
    public Task SymlinksPointingOut_Refused(string target) => AssertRefused(target);

    [Theory]
    [InlineData("/datasets/weidu/latest/.lock")]
    [InlineData("/datasets/weidu/snapshots/.tmp-20260101T000000Z-0/issues.csv")]
    [InlineData("/datasets/weidu/latest/%00issues.csv")]
    [InlineData("/datasets/..%2fweidu.db/latest/issues.csv")]
    [InlineData("/datasets/weidu/latest/%E5%9B%BE%E7%89%87.png")]
    [InlineData("/datasets/weidu/latest/images")]
    public Task HiddenAndOddNames_Refused(string target) => AssertRefused(target);

    [Fact]
    public async Task SymlinkedSnapshotFolder_NotListedInCatalogue()
    {
        var catalogue = await seeds.Server.Client.GetStringAsync("/datasets");

        Assert.DoesNotContain("20990101T000000Z", catalogue);
    }
}
