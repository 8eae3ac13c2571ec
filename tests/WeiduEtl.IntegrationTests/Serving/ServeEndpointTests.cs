using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;

namespace WeiduEtl.IntegrationTests.Serving;

[Collection(ServedSeedsGroup.Name)]
public sealed class ServeEndpointTests(ServedSeeds seeds)
{
    private HttpClient Client => seeds.Server.Client;

    private static JsonElement Package(string snapshotFolder) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(snapshotFolder, "datapackage.json"))).RootElement;

    private static string ListedSha(string snapshotFolder, string file) =>
        Package(snapshotFolder).GetProperty("resources").EnumerateArray()
            .Single(r => r.GetProperty("path").GetString() == file).GetProperty("hash").GetString()!["sha256:".Length..];

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [Fact]
    public async Task Catalogue_ListsPipelineWithLatestSnapshotTablesRowsBytesHashesAndLinks()
    {
        using var response = await Client.GetAsync("/datasets");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var pipeline = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("pipelines").EnumerateArray());
        Assert.Equal("weidu", pipeline.GetProperty("name").GetString());
        Assert.Equal("许昌日报", pipeline.GetProperty("publication").GetString());
        Assert.Equal("CC-BY-4.0", pipeline.GetProperty("license").GetProperty("name").GetString());
        var latest = pipeline.GetProperty("latest");
        Assert.Equal(seeds.LatestId, latest.GetProperty("snapshot_id").GetString());
        Assert.Equal(seeds.PreviousId, latest.GetProperty("previous_snapshot_id").GetString());
        Assert.False(string.IsNullOrEmpty(latest.GetProperty("created_at").GetString()));
        var pointer = JsonDocument.Parse(File.ReadAllText(Path.Combine(seeds.Workspace.OutputPath, "latest.json"))).RootElement.GetProperty("tables");
        var tables = latest.GetProperty("tables").EnumerateArray().ToList();
        Assert.Equal(["issues", "articles", "contributors", "photos", "figures", "dates", "mentions", "quotes"], tables.Select(t => t.GetProperty("name").GetString()));
        foreach (var table in tables)
        {
            var name = table.GetProperty("name").GetString()!;
            Assert.Equal(pointer.GetProperty(name).GetInt32(), table.GetProperty("rows").GetInt32());
            foreach (var file in table.GetProperty("files").EnumerateArray())
            {
                var path = file.GetProperty("path").GetString()!;
                Assert.Equal(new FileInfo(Path.Combine(seeds.LatestFolder, path)).Length, file.GetProperty("bytes").GetInt64());
                Assert.Equal(ListedSha(seeds.LatestFolder, path), file.GetProperty("sha256").GetString());
                Assert.Equal($"/datasets/weidu/snapshots/{seeds.LatestId}/{path}", file.GetProperty("url").GetString());
                Assert.Equal($"/datasets/weidu/latest/{path}", file.GetProperty("latest_url").GetString());
            }
        }
        var articleChanges = latest.GetProperty("changes").GetProperty("tables").GetProperty("articles");
        Assert.True(articleChanges.GetProperty("added").GetInt32() + articleChanges.GetProperty("changed").GetInt32() > 0, articleChanges.ToString());
        Assert.Equal($"/datasets/weidu/snapshots/{seeds.LatestId}/changes.json", latest.GetProperty("links").GetProperty("changes").GetString());
        Assert.Equal([seeds.LatestId, seeds.PreviousId], pipeline.GetProperty("snapshots").EnumerateArray().Select(s => s.GetProperty("snapshot_id").GetString()));
    }

    [Fact]
    public async Task LatestCsv_ServedWithCsvContentTypeShaETagLastModifiedAndSnapshotId()
    {
        using var response = await Client.GetAsync("/datasets/weidu/latest/articles.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var body = await response.Content.ReadAsByteArrayAsync();
        var sha = ListedSha(seeds.LatestFolder, "articles.csv");
        Assert.Equal(sha, Sha(body));
        Assert.Equal($"\"{sha}\"", response.Headers.ETag?.ToString());
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.Equal(seeds.LatestId, response.Headers.GetValues("X-Snapshot-Id").Single());
        Assert.Equal($"/datasets/weidu/snapshots/{seeds.LatestId}/articles.csv", response.Content.Headers.ContentLocation?.ToString());
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Contains("bytes", response.Headers.AcceptRanges);
    }

    [Fact]
    public async Task SnapshotJson_OfPreviousSnapshot_ServesItsBytesAsJsonCachedForGood()
    {
        using var response = await Client.GetAsync($"/datasets/weidu/snapshots/{seeds.PreviousId}/articles.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(File.ReadAllBytes(Path.Combine(seeds.PreviousFolder, "articles.json")), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal($"\"{ListedSha(seeds.PreviousFolder, "articles.json")}\"", response.Headers.ETag?.ToString());
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task DataPackageAndChangeFeed_ServedFromLatest()
    {
        var package = await Client.GetStringAsync("/datasets/weidu/latest/datapackage.json");
        var changes = JsonDocument.Parse(await Client.GetStringAsync("/datasets/weidu/latest/changes.json")).RootElement;

        Assert.Equal(seeds.LatestId, JsonDocument.Parse(package).RootElement.GetProperty("snapshot_id").GetString());
        Assert.Equal(seeds.PreviousId, changes.GetProperty("previous_snapshot_id").GetString());
        var articles = changes.GetProperty("tables").GetProperty("articles");
        Assert.True(articles.GetProperty("added").GetArrayLength() + articles.GetProperty("changed").GetArrayLength() > 0, articles.ToString());
    }

    [Fact]
    public async Task LatestPointer_ServesLatestJson()
    {
        using var response = await Client.GetAsync("/datasets/weidu/latest.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(seeds.LatestId, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("snapshot_id").GetString());
    }

    [Fact]
    public async Task IfNoneMatch_WithTheETag_Answers304WithoutBody()
    {
        using var first = await Client.GetAsync("/datasets/weidu/latest/issues.csv");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/datasets/weidu/latest/issues.csv");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task IfNoneMatch_WithAnotherETag_Answers200()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/datasets/weidu/latest/issues.csv");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{new string('0', 64)}\""));

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task IfModifiedSince_LastModified_Answers304()
    {
        using var first = await Client.GetAsync($"/datasets/weidu/snapshots/{seeds.LatestId}/issues.json");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/datasets/weidu/snapshots/{seeds.LatestId}/issues.json");
        request.Headers.IfModifiedSince = first.Content.Headers.LastModified;

        using var second = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Range_FirstHundredBytes_Answers206WithThoseBytes()
    {
        var whole = File.ReadAllBytes(Path.Combine(seeds.LatestFolder, "articles.csv"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/datasets/weidu/latest/articles.csv");
        request.Headers.Range = new RangeHeaderValue(100, 199);

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 100-199/{whole.Length}", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(whole[100..200], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Range_BeyondTheEnd_Answers416()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/datasets/weidu/latest/issues.csv");
        request.Headers.Range = new RangeHeaderValue(10_000_000, null);

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
    }

    [Fact]
    public async Task AcceptEncodingGzip_CompressesCsvAndItDecompressesToTheFile()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/datasets/weidu/latest/articles.csv");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        await using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        await gzip.CopyToAsync(plain);
        var file = File.ReadAllBytes(Path.Combine(seeds.LatestFolder, "articles.csv"));
        Assert.Equal(file, plain.ToArray());
        Assert.True(compressed.Length < file.Length);
        Assert.True(response.Headers.ETag?.IsWeak, "a compressed body carries a weak ETag");
    }

    [Fact]
    public async Task WithoutAcceptEncoding_NotCompressed()
    {
        using var response = await Client.GetAsync("/datasets/weidu/latest/articles.json");

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(new FileInfo(Path.Combine(seeds.LatestFolder, "articles.json")).Length, response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Head_AnswersHeadersWithoutBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/datasets/weidu/latest/articles.csv");

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new FileInfo(Path.Combine(seeds.LatestFolder, "articles.csv")).Length, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task LinkInsideTheSnapshot_IsServed()
    {
        using var response = await Client.GetAsync("/datasets/weidu/latest/inside.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(seeds.LatestFolder, "issues.csv")), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Healthz_AfterRecentRunsWithOneBadDocument_Answers200SayingWhy()
    {
        using var response = await Client.GetAsync("/healthz");

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal("ok", body.GetProperty("status").GetString());
        var pipeline = Assert.Single(body.GetProperty("pipelines").EnumerateArray());
        Assert.True(pipeline.GetProperty("healthy").GetBoolean());
        Assert.Equal("partial", pipeline.GetProperty("last_run").GetProperty("status").GetString());
        Assert.Equal(5400, pipeline.GetProperty("max_age_seconds").GetInt64());
    }

    [Fact]
    public async Task Metrics_PrometheusTextLabelledByPipeline()
    {
        using var response = await Client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Contains("weidu_documents_processed_total{pipeline=\"weidu\"} 4", lines);
        Assert.Contains("weidu_documents_failed_total{pipeline=\"weidu\"} 2", lines);
        Assert.Contains("weidu_runs_total{pipeline=\"weidu\",status=\"partial\"} 2", lines);
        Assert.Contains("# TYPE weidu_last_run_duration_seconds gauge", lines);
        Assert.Contains(lines, l => l.StartsWith("weidu_last_run_timestamp_seconds{pipeline=\"weidu\"} 1", StringComparison.Ordinal));
        var articles = JsonDocument.Parse(File.ReadAllText(Path.Combine(seeds.Workspace.OutputPath, "latest.json"))).RootElement
            .GetProperty("tables").GetProperty("articles").GetInt32();
        Assert.Contains($"weidu_table_rows{{pipeline=\"weidu\",table=\"articles\"}} {articles}", lines);
        Assert.All(lines.Where(l => l.Length > 0 && !l.StartsWith('#')), l => Assert.Matches(@"^weidu_[a-z_]+\{[^}]*\} [0-9.eE+-]+$|^weidu_[a-z_]+\{[^}]*\} NaN$", l));
    }

    [Fact]
    public async Task Page_IsChineseHtmlWithoutScriptListingTablesRunsFailuresAndChangeCounts()
    {
        using var response = await Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("空白&lt;img src=x onerror=alert(1)&gt;.txt", html);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("许昌日报", html);
        Assert.Contains("CC-BY-4.0", html);
        Assert.Contains($"href=\"/datasets/weidu/snapshots/{seeds.LatestId}/articles.csv\"", html);
        Assert.Contains("href=\"/datasets/weidu/latest/articles.json\"", html);
        Assert.Contains("与上一版本相比", html);
        Assert.Contains($"上一版本 {seeds.PreviousId}", html);
        Assert.Contains("部分文档失败", html);
        Assert.Contains("<code>headline</code>", html);
    }

    [Fact]
    public async Task PageAndDataPackage_SayHowWellThisParserFindsArticles()
    {
        var package = JsonDocument.Parse(await Client.GetStringAsync("/datasets/weidu/latest/datapackage.json")).RootElement.GetProperty("quality");
        var text = package.GetProperty("renderings").EnumerateArray().Single(r => r.GetProperty("rendering").GetString() == "text");
        var found = text.GetProperty("all").GetProperty("articles_found").GetDouble();

        var html = await Client.GetStringAsync("/");

        Assert.Contains("peoples-daily-2020-01", package.GetProperty("corpus").GetString(), StringComparison.Ordinal);
        Assert.Contains("稿件识别质量", html);
        Assert.Contains($"<tr data-rendering=\"text\"><th scope=\"row\"><code>text</code></th><td class=\"n\">{Math.Round(found * 100):0}%</td>", html);
    }

    [Fact]
    public async Task UnknownPipeline_Answers404()
    {
        using var response = await Client.GetAsync("/datasets/nosuch/latest/articles.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PrunedOrUnknownSnapshot_Answers404()
    {
        using var response = await Client.GetAsync("/datasets/weidu/snapshots/20000101T000000Z/articles.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
