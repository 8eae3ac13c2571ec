using System.Data.Common;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using WeiduEtl.Storage.Search;

namespace WeiduEtl.Serving.Explore;

/// <summary>
/// GET /api/articles and /search: full-text search over headlines and bodies with facets, the matching sentence of
/// each result marked, pages in a stable order and the total. A bad parameter is a 400 naming it; a typed query is
/// searched as text, whatever it holds.
/// </summary>
internal sealed class SearchEndpoint(ExploreData data)
{
    private static readonly Dictionary<string, string> FacetTitles = new(StringComparer.Ordinal)
    {
        ["pipeline"] = "数据管道", ["month"] = "月份", ["section"] = "版面栏目", ["reporter"] = "记者", ["kind"] = "类型",
    };

    public async Task<IResult> ApiAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var (query, problem) = SearchRequest.Read(http.Request.Query);
        if (query is null)
        {
            return ExploreJson.Problem(http, problem!, StatusCodes.Status400BadRequest);
        }
        ArticleSearchResult result;
        try
        {
            result = await data.SearchAsync(query, cancellationToken);
        }
        catch (ArgumentException ex)
        {
            return ExploreJson.Problem(http, ex.Message, StatusCodes.Status400BadRequest);
        }
        var terms = query.Terms;
        return ExploreJson.Answer(http, new
        {
            query = query.Text,
            page = query.Page,
            size = query.PageSize,
            total = result.Total,
            items = result.Items.Select(i =>
            {
                var snippet = Snippet.Of(i.Body, terms);
                return new
                {
                    article_id = i.ArticleId,
                    issue_id = i.IssueId,
                    issue_date = i.IssueDate,
                    pipeline = i.Pipeline,
                    headline = i.Headline,
                    section = i.Section,
                    kind = i.Kind,
                    reporters = i.Reporters,
                    page = i.Page,
                    snippet = snippet.Text,
                    snippet_html = snippet.ToHtml(),
                    url = ExplorePage.ArticleUrl(i.ArticleId),
                };
            }),
            facets = result.Facets.ToDictionary(f => f.Key, f => f.Value.Select(v => new { value = v.Value, count = v.Count })),
            database_state = await data.StateAsync(cancellationToken),
        });
    }

    public async Task<IResult> PageAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var state = await data.StateAsync(cancellationToken);
        var (query, problem) = SearchRequest.Read(http.Request.Query);
        if (query is null)
        {
            return ExplorePage.Problem(http, "搜索参数有误", problem!, state, StatusCodes.Status400BadRequest);
        }
        ArticleSearchResult result;
        try
        {
            result = await data.SearchAsync(query, cancellationToken);
        }
        catch (Exception ex) when (ex is ArgumentException or DbException)
        {
            return ExplorePage.Problem(http, "无法搜索", ex.Message, state, ex is ArgumentException ? StatusCodes.Status400BadRequest : StatusCodes.Status503ServiceUnavailable);
        }
        var html = ExplorePage.Start(query.Text.Length > 0 ? $"搜索：{query.Text}" : "搜索", query.Text);
        html.Element("h1", query.Text.Length > 0 ? $"“{query.Text}”的搜索结果" : "搜索稿件");
        if (query.Terms.Count == 0)
        {
            html.Element("p", "在上方输入词语，搜索所有数据管道的标题和正文。多个词用空格分开，表示同时包含。", ("class", "note"));
            return ExplorePage.End(http, html, state);
        }
        html.Open("p", ("class", "total")).Text($"共 {result.Total.ToString("N0", CultureInfo.InvariantCulture)} 篇").Text(" · ")
            .Link(SearchRequest.Link("/api/articles", query, ("page", Page(query.Page))), "JSON").Close("p");
        html.Open("div", ("class", "layout"));
        Facets(html, query, result);
        html.Open("div");
        Results(html, query, result);
        Pages(html, query, result.Total);
        html.Close("div").Close("div");
        return ExplorePage.End(http, html, state);
    }

    private static string? Page(int page) => page == 1 ? null : page.ToString(CultureInfo.InvariantCulture);

    private static void Facets(Html html, ArticleSearchQuery query, ArticleSearchResult result)
    {
        html.Open("aside", ("class", "facets"), ("aria-label", "筛选"));
        foreach (var name in ArticleSearchResult.FacetNames)
        {
            var values = result.Facets[name];
            var chosen = Chosen(query, name);
            if (values.Count == 0 && chosen is null)
            {
                continue;
            }
            html.Element("h2", FacetTitles[name]).Open("ul", ("data-facet", name));
            if (chosen is not null)
            {
                html.Open("li").Link(SearchRequest.Link("/search", query, (name, null)), "× 全部").Close("li");
            }
            foreach (var value in values)
            {
                html.Open("li", ("class", value.Value == chosen ? "on" : null))
                    .Link(SearchRequest.Link("/search", query, (name, value.Value)), Label(name, value.Value))
                    .Text($"（{value.Count}）").Close("li");
            }
            html.Close("ul");
        }
        html.Close("aside");
    }

    private static string? Chosen(ArticleSearchQuery query, string facet) => facet switch
    {
        "pipeline" => query.Pipeline,
        "month" => query.Month,
        "section" => query.Section,
        "reporter" => query.Reporter,
        _ => query.Kind,
    };

    private static string Label(string facet, string value) => facet == "kind" ? Wording.Kind(value) : value;

    private static void Results(Html html, ArticleSearchQuery query, ArticleSearchResult result)
    {
        if (result.Items.Count == 0)
        {
            html.Element("p", "没有找到。试试更短的词，或去掉筛选条件。", ("class", "note"));
            return;
        }
        html.Open("ol", ("class", "results"), ("start", (((query.Page - 1) * query.PageSize) + 1).ToString(CultureInfo.InvariantCulture)));
        foreach (var item in result.Items)
        {
            html.Open("li", ("data-article", item.ArticleId)).Open("a", ("href", ExplorePage.ArticleUrl(item.ArticleId)), ("class", "result"));
            Snippet.Mark(string.IsNullOrEmpty(item.Headline) ? "（无标题）" : item.Headline, query.Terms).WriteTo(html);
            html.Close("a").Open("div", ("class", "meta"))
                .Text($"{item.IssueDate ?? "日期不明"} · {item.Pipeline} · 第 {item.Page} 版" + (item.Section is null ? "" : $" · {item.Section}") + $" · {Wording.Kind(item.Kind)}")
                .Text(item.Reporters.Length > 0 ? " · 记者 " + string.Join("、", item.Reporters) : "").Close("div");
            html.Open("p", ("class", "snippet"));
            Snippet.Of(item.Body, query.Terms).WriteTo(html);
            html.Close("p").Close("li");
        }
        html.Close("ol");
    }

    private static void Pages(Html html, ArticleSearchQuery query, int total)
    {
        var last = Math.Min(ArticleSearchQuery.MaxPage, Math.Max(1, (total + query.PageSize - 1) / query.PageSize));
        html.Open("nav", ("class", "pages"), ("aria-label", "翻页"));
        if (query.Page > 1)
        {
            html.Open("a", ("href", SearchRequest.Link("/search", query, ("page", Page(query.Page - 1)))), ("rel", "prev")).Text("上一页").Close("a");
        }
        html.Element("span", $"第 {query.Page} / {last} 页");
        if (query.Page < last)
        {
            html.Open("a", ("href", SearchRequest.Link("/search", query, ("page", Page(query.Page + 1)))), ("rel", "next")).Text("下一页").Close("a");
        }
        html.Close("nav");
    }
}
