using System.Net;
using System.Text.Json;

namespace WeiduEtl.IntegrationTests.Explore;

/// <summary>The explore API and pages over real HTTP from the real executable, on a store a real run made.</summary>
[Collection(ExploredPagesGroup.Name)]
public sealed class ExploreEndpointTests(ExploredPages pages)
{
    private HttpClient Client => pages.Server.Client;

    private async Task<JsonElement> JsonAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return JsonDocument.Parse(text).RootElement;
    }

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ApiArticles_Search_AnswersTotalItemsWithMarkedSnippetsAndFacets()
    {
        var answer = await JsonAsync("/api/articles?q=" + Uri.EscapeDataString("招聘会"));

        Assert.True(answer.GetProperty("total").GetInt32() >= 1);
        var item = answer.GetProperty("items")[0];
        Assert.Equal("建安区举办秋季人才招聘会", item.GetProperty("headline").GetString());
        Assert.Equal("2023-09-05", item.GetProperty("issue_date").GetString());
        Assert.StartsWith("weidu-", item.GetProperty("issue_id").GetString(), StringComparison.Ordinal);
        Assert.Contains("<mark>招聘会</mark>", item.GetProperty("snippet_html").GetString(), StringComparison.Ordinal);
        Assert.Contains("招聘会", item.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        var facets = answer.GetProperty("facets");
        foreach (var facet in new[] { "pipeline", "month", "section", "reporter", "kind" })
        {
            Assert.Equal(JsonValueKind.Array, facets.GetProperty(facet).ValueKind);
        }
        Assert.Equal("weidu", facets.GetProperty("pipeline")[0].GetProperty("value").GetString());
        Assert.Contains("数据库结构第", answer.GetProperty("database_state").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(集成 AND 电路)")]
    [InlineData("集成\" OR \"x")]
    [InlineData("%_\\")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("^集成")]
    public async Task ApiArticles_QuerySyntaxTyped_IsSearchedAsTextNotAnError(string typed)
    {
        var answer = await JsonAsync("/api/articles?q=" + Uri.EscapeDataString(typed));
        var (status, page) = await GetAsync("/search?q=" + Uri.EscapeDataString(typed));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(answer.GetProperty("total").GetInt32() >= 0);
        Assert.Contains("的搜索结果", page, StringComparison.Ordinal);
        Assert.True((await JsonAsync("/api/articles?q=" + Uri.EscapeDataString("招聘会"))).GetProperty("total").GetInt32() >= 1, "the articles are still there");
    }

    [Fact]
    public async Task ApiArticles_SyntaxWordsInTheBody_AreFoundAsText()
    {
        var answer = await JsonAsync("/api/articles?q=" + Uri.EscapeDataString("NEAR(集成 AND 电路)"));

        Assert.Equal(1, answer.GetProperty("total").GetInt32());
        Assert.Equal("标记测试稿件", answer.GetProperty("items")[0].GetProperty("headline").GetString());
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("page=abc")]
    [InlineData("page=501")]
    [InlineData("size=101")]
    [InlineData("size=-1")]
    public async Task ApiArticles_BadPagingOrTooLongQuery_Answers400NamingTheParameter(string parameter)
    {
        var (status, body) = await GetAsync($"/api/articles?q=%E5%B7%A5%E4%BD%9C&{parameter}");
        var (longStatus, longBody) = await GetAsync("/api/articles?q=" + new string('集', 201));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(parameter.Split('=')[0], body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, longStatus);
        Assert.Contains("q: at most 200", longBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiArticles_Pages_CoverTheTotalOnceInOneOrder()
    {
        var first = await JsonAsync("/api/articles?q=%E5%8C%BA&size=3");
        var total = first.GetProperty("total").GetInt32();
        var seen = new List<string>();
        for (var page = 1; page <= (total + 2) / 3; page++)
        {
            var answer = await JsonAsync($"/api/articles?q=%E5%8C%BA&size=3&page={page}");
            Assert.Equal(total, answer.GetProperty("total").GetInt32());
            seen.AddRange(answer.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("article_id").GetString()!));
        }

        Assert.True(total > 3, $"only {total} found");
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Fact]
    public async Task ArticlePage_OfAPdfArticle_MarksItsBoxOnThePageMapAndLinksItsReporter()
    {
        var id = (await JsonAsync("/api/articles?q=" + Uri.EscapeDataString("清潩河畔"))).GetProperty("items")[0].GetProperty("article_id").GetString()!;

        var (status, html) = await GetAsync($"/articles/{id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<svg class=\"page-map\"", html, StringComparison.Ordinal);
        Assert.Contains($"class=\"article current\" data-id=\"{id}\" aria-current=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, "aria-current=\"true\""));
        Assert.Contains("href=\"/people/%E6%9D%8E%E6%98%8E%E8%BF%9C\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"mark figure\"", html, StringComparison.Ordinal);
        var person = await JsonAsync("/api/people/" + Uri.EscapeDataString("李明远"));
        Assert.Contains(person.GetProperty("items").EnumerateArray(), i => i.GetProperty("kind").GetString() == "byline" && i.GetProperty("article_id").GetString() == id);
    }

    [Fact]
    public async Task Pages_MarkupInStoredText_IsShownAsText()
    {
        var id = (await JsonAsync("/api/articles?q=" + Uri.EscapeDataString("标记测试"))).GetProperty("items")[0].GetProperty("article_id").GetString()!;

        var (_, article) = await GetAsync($"/articles/{id}");
        var (_, search) = await GetAsync("/search?q=" + Uri.EscapeDataString("onclick"));

        Assert.Contains("&lt;b onclick=alert(1)&gt;", article, StringComparison.Ordinal);
        Assert.DoesNotContain("<b onclick", article, StringComparison.Ordinal);
        Assert.Contains("&lt;b <mark>onclick</mark>=alert(1)&gt;", search, StringComparison.Ordinal);
        Assert.DoesNotContain("<b onclick", search, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/articles/..%2F..%2Fpipelines.json")]
    [InlineData("/articles/%2Fetc%2Fpasswd")]
    [InlineData("/issues/..%2Fdata%2Fweidu.db")]
    [InlineData("/articles/no-such-article")]
    [InlineData("/api/articles/no-such-article")]
    [InlineData("/api/issues/no-such-issue")]
    public async Task UnknownIdsAndPathsInIds_Answer404WithoutReadingAFile(string url)
    {
        var (status, body) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain("\"pipelines\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IssuePage_ListsItsItemsAndMapsEveryBoxWithoutHighlight()
    {
        var issueId = (await JsonAsync("/api/articles?q=" + Uri.EscapeDataString("招聘会"))).GetProperty("items")[0].GetProperty("issue_id").GetString()!;

        var (status, html) = await GetAsync($"/issues/{issueId}");
        var api = await JsonAsync($"/api/issues/{issueId}");

        Assert.Equal(HttpStatusCode.OK, status);
        var articles = api.GetProperty("articles").GetArrayLength();
        Assert.Equal(articles, System.Text.RegularExpressions.Regex.Count(html, "<rect [^>]*class=\"article\""));
        Assert.DoesNotContain("aria-current", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DatasetPage_HasAChartPerSeriesForThePipeline()
    {
        var (status, html) = await GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, status);
        foreach (var series in new[] { "articles", "figures", "quotes" })
        {
            Assert.Contains($"<svg class=\"chart\" data-series=\"{series}\"", html, StringComparison.Ordinal);
        }
        Assert.Contains("action=\"/search\"", html, StringComparison.Ordinal);
    }
}
